import { Button, Select, Space } from 'antd';
import { useT } from '../i18n';

/** Rows per page to choose from: an answer is read a page at a time, every page at the first page's cut. */
const PAGE_SIZES = [10, 50, 200];

interface Props {
  /** 0 for the first page. */
  index: number;
  total: number;
  hasNext: boolean;
  onPrevious: () => void;
  onNext: () => void;
  pageRows: number;
  onPageRows: (rows: number) => void;
}

/** Previous / next page of a look-back answer, where the reader is, and the page size. */
export const LookbackPager = ({ index, total, hasNext, onPrevious, onNext, pageRows, onPageRows }: Props) => {
  const { t } = useT();
  return (
    <Space wrap data-testid="lookback-pages">
      <Button onClick={onPrevious} disabled={index === 0} data-testid="previous-page">
        {t(['上一页', 'Previous page'])}
      </Button>
      <span data-testid="page-of">
        {t([`第 ${index + 1} 页，共 ${total} 行`, `Page ${index + 1}, ${total} rows in all`])}
      </span>
      <Button onClick={onNext} disabled={!hasNext} data-testid="next-page">
        {t(['下一页', 'Next page'])}
      </Button>
      <Select
        aria-label={t(['每页行数', 'Rows per page'])}
        data-testid="page-rows"
        value={pageRows}
        onChange={onPageRows}
        options={PAGE_SIZES.map((n) => ({ value: n, label: t([`每页 ${n} 行`, `${n} rows a page`]) }))}
      />
    </Space>
  );
};
