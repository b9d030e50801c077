import { Alert, Tag } from 'antd';
import { Freshness as Stamp } from '../api/client';
import { useT } from '../i18n';
import { useConsole } from '../state';

// Beyond this the projection is visibly behind the log: say so rather than present it as current.
const STALE_MS = 5_000;

/** How fresh a screen is: the snapshot (asOfPosition), its lag, when it was read — and whether it is historical. */
export const Freshness = ({ stamp, uncut = false }: { stamp: Stamp | null; uncut?: boolean }) => {
  const { t } = useT();
  const { asOf } = useConsole();
  if (!stamp) return null;
  const lag = stamp.lagMs ?? 0;
  return (
    <div className="freshness" role="status" aria-live="polite">
      {asOf && uncut ? (
        <Alert
          type="warning"
          showIcon
          title={t([
            '此数据无法按历史时点截取：显示的是当前状态',
            'This answer cannot be cut at a past moment: it shows the present',
          ])}
        />
      ) : asOf ? (
        <Tag color="gold">{t(['历史视图', 'Historical view'])}</Tag>
      ) : (
        <Tag color={lag > STALE_MS ? 'red' : 'green'}>{t(['当前', 'Current'])}</Tag>
      )}
      <span>
        {t(['数据截至日志位置', 'As of log position'])} <code>{stamp.asOfPosition ?? '—'}</code>
      </span>
      <span>
        {t(['延迟', 'Lag'])} <code>{lag} ms</code>
      </span>
      <span>
        {t(['读取于', 'Read at'])} <code>{new Date(stamp.receivedAt).toLocaleString()}</code>
      </span>
      {asOf && !uncut && (
        <span>
          {t(['截取时间（系统时间）', 'Cut (system time)'])} <code>asOf={asOf}</code>
        </span>
      )}
      {!asOf && lag > STALE_MS && (
        <Alert
          type="warning"
          showIcon
          title={t([
            `读模型落后 ${lag} ms：数据可能不是最新`,
            `The read model is ${lag} ms behind: this may not be current`,
          ])}
        />
      )}
    </div>
  );
};
