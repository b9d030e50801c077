import { ReactNode } from 'react';

/** A wide table scrolls sideways on a tablet; the region takes keyboard focus so it scrolls without a mouse too. */
export const Scrollable = ({ label, children }: { label: string; children: ReactNode }) => (
  <div className="table-scroll" tabIndex={0} role="region" aria-label={label}>
    {children}
  </div>
);
