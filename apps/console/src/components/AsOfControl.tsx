import { Button, DatePicker, Space } from 'antd';
import dayjs from 'dayjs';
import { useT } from '../i18n';
import { useConsole } from '../state';

/** The cut of every screen: now, or the platform as it stood at a past moment (system time). */
export const AsOfControl = () => {
  const { t } = useT();
  const { asOf, setAsOf } = useConsole();
  return (
    <Space wrap>
      <label htmlFor="as-of-input" className="as-of-label">
        {t(['查看时点', 'View as of'])}
      </label>
      <DatePicker
        id="as-of-input"
        showTime
        allowClear
        value={asOf ? dayjs(asOf) : null}
        placeholder={t(['当前（实时）', 'now (live)'])}
        onChange={(value) => setAsOf(value ? value.toDate().toISOString() : null)}
        aria-label={t(['查看时点（系统时间）', 'View as of (system time)'])}
      />
      {asOf && (
        <Button onClick={() => setAsOf(null)} data-testid="as-of-now">
          {t(['回到当前', 'Back to now'])}
        </Button>
      )}
    </Space>
  );
};

/** The banner every screen shows while the cut is in the past. */
export const HistoricalBanner = () => {
  const { t } = useT();
  const { asOf } = useConsole();
  if (!asOf) return null;
  return (
    <div className="historical-banner" role="status" data-testid="historical-banner">
      {t(['历史视图：平台截至', 'Historical view: the platform as it stood at'])}{' '}
      <strong>{new Date(asOf).toLocaleString()}</strong> (asOf={asOf}){' '}
      {t(['— 只读，不能在过去执行操作', '— read-only: no action can be taken in the past'])}
    </div>
  );
};
