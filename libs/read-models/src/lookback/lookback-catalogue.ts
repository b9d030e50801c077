import { LookbackQuery } from './lookback-query';
import { lb10 } from './lb-10-downgrades-amendments';
import { lb18 } from './lb-18-dual-report-gaps';
import { lb11 } from './lb-11-documents-amended-after-signing';
import { lb12 } from './lb-12-sign-off-without-penalty';
import { lb09 } from './lb-09-softened-descriptions';
import { lb01 } from './lb-01-hazard-timeline';
import { lb02 } from './lb-02-mine-timeline';
import { lb06 } from './lb-06-major-findings-without-enforcement';
import { lb07 } from './lb-07-inspected-without-enforcement';
import { lb03 } from './lb-03-basic-condition-unfound';
import { lb08 } from './lb-08-repeated-findings';
import { lb20 } from './lb-20-producing-with-major-open';
import { lb19 } from './lb-19-supervision-overdue';
import { lb13 } from './lb-13-late-self-reports';
import { lb14 } from './lb-14-rescoped-before-deadline';
import { lb16 } from './lb-16-refound-after-closure';
import { lb21 } from './lb-21-closure-trigger';
import { lb15 } from './lb-15-sign-off-integrity';
import { lb23 } from './lb-23-plan-versus-actual';
import { lb27 } from './lb-27-exam-items-overdue';
import { lb05 } from './lb-05-monthly-check-gaps';
import { lb22 } from './lb-22-tips';
import { lb25 } from './lb-25-hot-work-without-permit';
import { lb26 } from './lb-26-voids-not-in-census';
import { lb24 } from './lb-24-contractors';
import { lb17 } from './lb-17-resumed-before-approval';
import { lb04 } from './lb-04-condition-before-clean-inspection';

/** The built look-back queries by id (docs/lookback.md lists all 27 of domain.md §9 and which are built). */
export const LOOKBACK_QUERIES: readonly LookbackQuery[] = [
  lb01,
  lb02,
  lb03,
  lb05,
  lb06,
  lb07,
  lb08,
  lb09,
  lb10,
  lb11,
  lb12,
  lb13,
  lb14,
  lb15,
  lb16,
  lb18,
  lb19,
  lb20,
  lb21,
  lb22,
  lb23,
  lb24,
  lb25,
  lb26,
  lb27,
  lb17,
  lb04,
];

export const findLookbackQuery = (id: string): LookbackQuery | undefined => LOOKBACK_QUERIES.find((q) => q.id === id);
