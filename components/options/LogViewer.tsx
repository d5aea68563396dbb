import type { ComponentType } from 'preact';
import { useEffect, useMemo, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { CATEGORIES, PLATFORMS } from '../../lib/engine/types';
import { LOG_ACTIONS } from '../../lib/guard/messages';
import { t } from '../../lib/i18n';
import { allRowsNewestFirst, clearLog, database, newestRows, type LogRow } from '../../lib/log/db';
import { aggregate, toCsv, toJson } from '../../lib/log/export';
import { filterRows, notesPerWeek, type LogFilter } from '../../lib/log/filter';
import { ConfirmDialog } from './ConfirmDialog';
import { download, today } from './download';
import { accountLabel, actionLabel, categoryLabel, platformLabel, surfaceLabel } from './labels';
import { VirtualList } from './VirtualList';

const ROW_HEIGHT = 56;
const FIRST_SCREEN = 40;

const time = (ms: number) => new Date(ms).toLocaleString('en-GB', { dateStyle: 'medium', timeStyle: 'short' });

function Entry({ row }: { row: LogRow }) {
  const facts = [platformLabel(row.platform), surfaceLabel(row.surface), row.account && accountLabel(row.account)].filter(Boolean).join(' · ');
  const detail = [row.categories.map(categoryLabel).join(', '), row.ruleIds.length ? t('options.log.rules', [row.ruleIds.join(', ')]) : '', row.reason ? t('options.log.reason', [row.reason]) : '', row.excerpt ? t('options.log.excerpt', [row.excerpt]) : '', row.detail ?? '']
    .filter(Boolean)
    .join(' — ');
  return (
    <>
      <div class="pw-row-head">
        <time dateTime={new Date(row.time).toISOString()}>{time(row.time)}</time>
        <span>{facts}</span>
        <strong class={`pw-outcome pw-${row.action}`}>{actionLabel(row.action)}</strong>
      </div>
      <div class="pw-row-detail" title={detail}>
        {detail}
      </div>
    </>
  );
}

function Select<T extends string>({ id, label, value, options, name, onChange }: { id: string; label: string; value: string; options: readonly T[]; name(v: T): string; onChange(v: string): void }) {
  return (
    <div class="pw-filter">
      <label for={id}>{label}</label>
      <select id={id} value={value} onChange={(e) => onChange((e.currentTarget as HTMLSelectElement).value)}>
        <option value="">{t('options.log.any')}</option>
        {options.map((o) => (
          <option value={o}>{name(o)}</option>
        ))}
      </select>
    </div>
  );
}

/**
 * The person's own log: the newest entries first (one small query, so the first screen is quick
 * however long the log), then everything, for the filters, the chart and the exports.
 */
export function LogViewer() {
  const [rows, setRows] = useState<LogRow[] | null>(null);
  const [total, setTotal] = useState(0);
  const [complete, setComplete] = useState(false);
  const [filter, setFilter] = useState<LogFilter>({});
  const [confirming, setConfirming] = useState(false);
  const [status, setStatus] = useState('');
  // Chart.js loads once everything else has: it is not needed for the first screen.
  const [Chart, setChart] = useState<{ C: ComponentType<{ weeks: number[]; counts: ReturnType<typeof notesPerWeek>['counts'] }> } | null>(null);

  useEffect(() => {
    let live = true;
    // Counting 100,000 rows takes longer than reading the newest 40: the count comes second.
    void newestRows(FIRST_SCREEN).then((first) => {
      if (!live) return;
      setRows(first);
      setTotal(first.length);
      void database()
        .entries.count()
        .then((count) => live && setTotal((t) => Math.max(t, count)));
      // Reading every row keeps the main thread busy for a while: start only once the first
      // screen has been painted.
      requestAnimationFrame(() =>
        setTimeout(() =>
          void allRowsNewestFirst().then((all) => {
            if (!live) return;
            setRows(all);
            setTotal(all.length);
            setComplete(true);
          }),
        ),
      );
    });
    return () => void (live = false);
  }, []);

  // For the benchmark (npm run bench:log): when the first rows are on screen.
  useEffect(() => {
    if (rows?.length && !performance.getEntriesByName('postwise:first-rows').length) performance.mark('postwise:first-rows');
  }, [rows]);

  useEffect(() => {
    if (complete && !Chart) void import('./WeekChart').then((m) => setChart({ C: m.WeekChart }));
  }, [complete, Chart]);

  const shown = useMemo(() => (rows && complete ? filterRows(rows, filter) : (rows ?? [])), [rows, complete, filter]);
  const weekly = useMemo(() => (complete ? notesPerWeek(shown) : { weeks: [], counts: new Map() }), [shown, complete]);
  const set = (key: keyof LogFilter) => (value: string) => setFilter((f) => ({ ...f, [key]: value }));
  const version = browser.runtime.getManifest().version;

  if (!rows) return <p role="status">{t('options.log.loading')}</p>;
  return (
    <>
      <fieldset class="pw-filters" disabled={!complete}>
        <legend>{t('options.log.filters')}</legend>
        <Select id="f-site" label={t('options.log.site')} value={filter.platform ?? ''} options={PLATFORMS} name={platformLabel} onChange={set('platform')} />
        <Select id="f-category" label={t('options.log.category')} value={filter.category ?? ''} options={CATEGORIES} name={categoryLabel} onChange={set('category')} />
        <Select id="f-outcome" label={t('options.log.outcome')} value={filter.action ?? ''} options={LOG_ACTIONS} name={actionLabel} onChange={set('action')} />
        <div class="pw-filter">
          <label for="f-from">{t('options.log.from')}</label>
          <input id="f-from" type="date" value={filter.from ?? ''} onChange={(e) => set('from')((e.currentTarget as HTMLInputElement).value)} />
        </div>
        <div class="pw-filter">
          <label for="f-to">{t('options.log.to')}</label>
          <input id="f-to" type="date" value={filter.to ?? ''} onChange={(e) => set('to')((e.currentTarget as HTMLInputElement).value)} />
        </div>
        <button type="button" onClick={() => setFilter({})}>
          {t('options.log.clearFilters')}
        </button>
      </fieldset>
      <p role="status" class="pw-count">
        {complete ? t('options.log.showing', [shown.length.toLocaleString('en-GB'), total.toLocaleString('en-GB')]) : t('options.log.loadingAll')}
      </p>

      <h3>{t('options.log.entries')}</h3>
      {total === 0 ? (
        <p>{status || t('options.log.empty')}</p>
      ) : shown.length === 0 ? (
        <p>{t('options.log.noMatch')}</p>
      ) : (
        <VirtualList items={shown} rowHeight={ROW_HEIGHT} height={ROW_HEIGHT * 9} label={t('options.log.entries')} render={(row) => <Entry row={row} />} />
      )}

      <h3>{t('options.log.chartHeading')}</h3>
      {complete && Chart && <Chart.C weeks={weekly.weeks} counts={weekly.counts} />}

      <h3>{t('options.log.exportHeading')}</h3>
      <p class="pw-hint">{t('options.log.exportIntro')}</p>
      <div class="pw-actions">
        <button type="button" disabled={!complete} onClick={() => download(`postwise-log-${today()}.csv`, 'text/csv;charset=utf-8', toCsv(shown))}>
          {t('options.log.exportCsv')}
        </button>
        <button type="button" disabled={!complete} onClick={() => download(`postwise-log-${today()}.json`, 'application/json', toJson(shown))}>
          {t('options.log.exportJson')}
        </button>
        <button type="button" disabled={!complete} onClick={() => download(`postwise-summary-${today()}.json`, 'application/json', JSON.stringify(aggregate(shown, version), null, 2))}>
          {t('options.log.exportAggregate')}
        </button>
      </div>

      <h3>{t('options.log.deleteHeading')}</h3>
      <button type="button" class="pw-danger" disabled={!complete || total === 0} onClick={() => setConfirming(true)}>
        {t('options.log.deleteAll')}
      </button>
      {confirming && (
        <ConfirmDialog
          title={t('options.log.deleteTitle')}
          confirm={t('options.log.deleteConfirm')}
          cancel={t('options.log.cancel')}
          onClose={() => setConfirming(false)}
          onConfirm={() =>
            void clearLog().then(() => {
              setRows([]);
              setTotal(0);
              setConfirming(false);
              setStatus(t('options.log.deleted'));
            })
          }
        >
          <p>{t('options.log.deleteBody', [total.toLocaleString('en-GB')])}</p>
        </ConfirmDialog>
      )}
    </>
  );
}
