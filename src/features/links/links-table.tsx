import { memo, useCallback, useEffect, useId, useMemo, useRef, useState } from 'react';
import { useVirtualizer } from '@tanstack/react-virtual';
import type { Model } from '../../data/model';
import { appStore, useAppStore } from '../../store/store';
import type { Lang } from '../../store/url-hash';
import { t, type StringKey } from '../../i18n/strings';
import { KindSwatch } from '../../components/kind-swatch';
import { BriefingTag } from '../../components/briefing-tag';
import './corpus.css';
import { whenIdle } from '../../lib/after-paint';
import {
  buildRows,
  cellText,
  collator,
  filterOptions,
  filterRows,
  NO_SPEAKER,
  OUTSIDE,
  sortRows,
  type LinkRow,
  type Sort,
  type SortKey,
} from './links-table-model';

/** Widths in %: a fixed layout, so that hundreds of rows are not all measured. */
const COLUMNS: { key: SortKey; label: StringKey; width: number }[] = [
  { key: 'from', label: 'colFrom', width: 17 },
  { key: 'to', label: 'colTo', width: 15 },
  { key: 'kind', label: 'kind', width: 18 },
  { key: 'directed', label: 'colDirection', width: 11 },
  { key: 'speakers', label: 'colSpeakers', width: 14 },
  { key: 'paragraphs', label: 'colParagraphs', width: 14 },
  { key: 'basis', label: 'colBasis', width: 11 },
];

/** In "all briefings" a first column names each row's briefing; the others give way. */
const CORPUS_WIDTHS: Partial<Record<SortKey, number>> = {
  from: 15,
  to: 13,
  kind: 16,
  speakers: 13,
  paragraphs: 13,
};
const CORPUS_COLUMNS: { key: SortKey; label: StringKey; width: number }[] = [
  { key: 'briefing', label: 'colBriefing', width: 8 },
  ...COLUMNS.map((c) => ({ ...c, width: CORPUS_WIDTHS[c.key] ?? c.width })),
];

/**
 * From this many rows on, only the rows in view (and a few around) are in the page: with
 * every briefing the table has thousands, and each sort or filter would restyle and lay out
 * all of them (docs/performance.md has the trace). Below it every row is there, for the
 * browser's find-in-page and for printing.
 */
export const VIRTUAL_FROM = 120;
/** A row's height before it is measured (two lines of text and padding). */
const ROW_ESTIMATE = 62;

type Filters = { briefing: string; region: string; kind: string; speaker: string };
const NO_FILTERS: Filters = { briefing: '', region: '', kind: '', speaker: '' };

/**
 * Every cooperation link as a row of a real table: sortable by any column, filtered by
 * region, kind and speaker (and the legend's kinds). Choosing a row selects the link on
 * the map; a link selected on the map marks its row and scrolls it into view.
 */
export function LinksTable({ model }: { model: Model }) {
  const lang = useAppStore((s) => s.lang);
  const kinds = useAppStore((s) => s.kinds);
  const selected = useAppStore((s) => s.selection.link);
  const [sort, setSort] = useState<Sort | null>(null);
  const [filters, setFilters] = useState<Filters>(NO_FILTERS);
  const id = useId();
  const corpus = model.corpus;
  const columns = corpus ? CORPUS_COLUMNS : COLUMNS;
  const bodyRef = useRef<HTMLTableSectionElement>(null);

  const rows = useMemo(() => buildRows(model, lang), [model, lang]);
  // The first sort should not wait for the collator's tables: made while the page is idle.
  useEffect(() => {
    whenIdle(() => collator(lang));
  }, [lang]);
  const text = useMemo(() => cellText(lang), [lang]);
  const options = useMemo(() => filterOptions(model, rows), [model, rows]);
  // Sorted once per column and language, then filtered (a filter keeps the order): a
  // filter change does not sort again.
  const sorted = useMemo(() => sortRows(rows, sort, text, lang), [rows, sort, text, lang]);
  const shown = useMemo(
    () =>
      filterRows(sorted, {
        briefing: filters.briefing || null,
        region: filters.region || null,
        kind: filters.kind || null,
        speaker: filters.speaker || null,
        kinds,
      }),
    [sorted, filters, kinds],
  );

  const scrollRef = useRef<HTMLDivElement>(null);
  // The rows are rendered at once, in the click's own frame: from VIRTUAL_FROM rows on only
  // the dozen in view, below it a short table. (Deferred as a transition, each sort or
  // filter cost a second render and a frame more: sort p50 48 → 25 ms at 100×.)
  const virtual = shown.length >= VIRTUAL_FROM;
  // eslint-disable-next-line react-hooks/incompatible-library -- no React Compiler in this build
  const virtualizer = useVirtualizer({
    count: shown.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_ESTIMATE,
    getItemKey: (i) => shown[i]!.id,
    overscan: 3,
    enabled: virtual,
  });
  const items = virtual ? virtualizer.getVirtualItems() : null;

  useEffect(() => {
    if (!selected) return;
    if (virtual) {
      const index = shown.findIndex((r) => r.id === selected);
      if (index >= 0) virtualizer.scrollToIndex(index, { align: 'auto' });
      return;
    }
    bodyRef.current
      ?.querySelector(`tr[data-link="${CSS.escape(selected)}"]`)
      ?.scrollIntoView({ block: 'nearest' });
  }, [selected, shown, virtual, virtualizer]);
  const padTop = items?.[0]?.start ?? 0;
  const padBottom = items?.length ? virtualizer.getTotalSize() - items.at(-1)!.end : 0;

  const toggleSort = (key: SortKey) =>
    setSort((s) =>
      s?.key === key && s.direction === 'ascending'
        ? { key, direction: 'descending' }
        : { key, direction: 'ascending' },
    );
  const setFilter = useCallback(
    (key: keyof Filters, value: string) => setFilters((f) => ({ ...f, [key]: value })),
    [],
  );
  // The filters' option lists, made once per model and language: with every briefing
  // there are hundreds of speakers, and a sort must not rebuild them.
  const lists = useMemo(() => {
    const regionName = (r: string) =>
      r === OUTSIDE ? t(lang, 'outsideRegions') : (model.region(r)?.name[lang] ?? r);
    const speakerName = (s: string) =>
      s === NO_SPEAKER ? t(lang, 'noSpeakerCell') : (model.speaker(s)?.name[lang] ?? s);
    return {
      briefing: options.briefings.map((b): [string, string] => [
        b.id,
        `${b.label} · ${b.title[lang]}`,
      ]),
      region: options.regions.map((r): [string, string] => [r, regionName(r)]),
      kind: options.kinds.map((k): [string, string] => [k.id, k.label[lang]]),
      speaker: options.speakers.map((s): [string, string] => [s, speakerName(s)]),
    };
  }, [options, model, lang]);

  return (
    <div className="links-table-view">
      <div className="links-filters">
        {corpus && (
          <FilterSelect
            id={`${id}-briefing`}
            label={t(lang, 'briefing')}
            value={filters.briefing}
            all={t(lang, 'allBriefings')}
            options={lists.briefing}
            onChange={setFilter}
            name="briefing"
          />
        )}
        <FilterSelect
          id={`${id}-region`}
          label={t(lang, 'regions')}
          value={filters.region}
          all={t(lang, 'filterAll')}
          options={lists.region}
          onChange={setFilter}
          name="region"
        />
        <FilterSelect
          id={`${id}-kind`}
          label={t(lang, 'kind')}
          value={filters.kind}
          all={t(lang, 'filterAll')}
          options={lists.kind}
          onChange={setFilter}
          name="kind"
        />
        <FilterSelect
          id={`${id}-speaker`}
          label={t(lang, 'colSpeakers')}
          value={filters.speaker}
          all={t(lang, 'filterAll')}
          options={lists.speaker}
          onChange={setFilter}
          name="speaker"
        />
        <p className="links-count" role="status" data-rows={shown.length}>
          {shown.length} / {rows.length} {t(lang, 'linksShown')}
        </p>
      </div>
      <div className="links-table-scroll" ref={scrollRef}>
        <table
          className="links-table"
          aria-rowcount={virtual ? shown.length + 1 : undefined}
          data-virtual={virtual || undefined}
        >
          <caption className="sr-only">{t(lang, 'linksTableCaption')}</caption>
          <colgroup>
            {columns.map((col) => (
              <col key={col.key} style={{ width: `${col.width}%` }} />
            ))}
          </colgroup>
          <thead>
            <tr>
              {columns.map((col) => (
                <th
                  key={col.key}
                  scope="col"
                  data-col={col.key}
                  aria-sort={sort?.key === col.key ? sort.direction : undefined}
                >
                  <button type="button" className="sort-button" onClick={() => toggleSort(col.key)}>
                    {t(lang, col.label)}
                    <span className="sort-mark" aria-hidden="true">
                      {sort?.key === col.key ? (sort.direction === 'ascending' ? '▲' : '▼') : '↕'}
                    </span>
                  </button>
                </th>
              ))}
            </tr>
          </thead>
          <tbody ref={bodyRef}>
            {items ? (
              <>
                {padTop > 0 && (
                  <tr className="virtual-pad" aria-hidden="true" style={{ height: padTop }} />
                )}
                {items.map((item) => {
                  const row = shown[item.index]!;
                  return (
                    <Row
                      key={row.id}
                      row={row}
                      lang={lang}
                      selected={row.id === selected}
                      model={corpus ? model : undefined}
                      index={item.index}
                      measure={virtualizer.measureElement}
                    />
                  );
                })}
                {padBottom > 0 && (
                  <tr className="virtual-pad" aria-hidden="true" style={{ height: padBottom }} />
                )}
              </>
            ) : (
              shown.map((row) => (
                <Row
                  key={row.id}
                  row={row}
                  lang={lang}
                  selected={row.id === selected}
                  model={corpus ? model : undefined}
                />
              ))
            )}
          </tbody>
        </table>
      </div>
    </div>
  );
}

/** One filter of the table (memoised: a sort re-renders none of them). */
const FilterSelect = memo(function FilterSelect(props: {
  id: string;
  name: keyof Filters;
  label: string;
  value: string;
  all: string;
  options: [string, string][];
  onChange: (name: keyof Filters, value: string) => void;
}) {
  return (
    <label className="links-filter" htmlFor={props.id}>
      <span>{props.label}</span>
      <select
        id={props.id}
        data-filter={props.name}
        value={props.value}
        onChange={(e) => props.onChange(props.name, e.target.value)}
      >
        <option value="">{props.all}</option>
        {props.options.map(([value, text]) => (
          <option key={value} value={value}>
            {text}
          </option>
        ))}
      </select>
    </label>
  );
});

const select = (id: string) => {
  const s = appStore.getState();
  if (s.selection.link === id) s.selectLink(null);
  // No region: the overview keeps every link drawn, this one selected.
  else s.selectLink(id, null);
};

/** One row; re-rendered only when its row, language or selected state changes. */
const Row = memo(function Row({
  row,
  lang,
  selected,
  model,
  index,
  measure,
}: {
  row: LinkRow;
  lang: Lang;
  selected: boolean;
  /** In "all briefings" (the model has a corpus): the row's briefing is tagged. */
  model: Model | undefined;
  /** Virtual rows: the row's place among those shown, and the virtualizer's measure. */
  index?: number;
  measure?: (row: HTMLTableRowElement | null) => void;
}) {
  const text = cellText(lang);
  return (
    <tr
      ref={measure}
      data-index={index}
      aria-rowindex={index === undefined ? undefined : index + 2}
      data-link={row.id}
      className={selected ? 'selected' : undefined}
      aria-current={selected ? 'true' : undefined}
      onClick={() => select(row.id)}
      onPointerEnter={() => appStore.getState().setHover({ link: row.id })}
      onPointerLeave={() => appStore.getState().setHover({ link: null })}
    >
      {model && (
        <td data-col="briefing" data-briefing={row.briefing}>
          <BriefingTag model={model} id={row.id} lang={lang} />
        </td>
      )}
      <td data-col="from">
        <button
          type="button"
          className="row-select"
          aria-pressed={selected}
          aria-label={`${row.from} ${row.directed ? '→' : '↔'} ${row.to} · ${row.kindLabel}`}
          onClick={(e) => {
            e.stopPropagation();
            select(row.id);
          }}
          onFocus={() => appStore.getState().setHover({ link: row.id })}
          onBlur={() => appStore.getState().setHover({ link: null })}
        >
          {row.from}
        </button>
      </td>
      <td data-col="to">{row.to}</td>
      <td data-col="kind">
        <span className="kind-cell">
          <KindSwatch index={row.kindIndex} width={22} />
          {row.kindLabel}
        </span>
      </td>
      <td data-col="directed">{text(row, 'directed')}</td>
      <td data-col="speakers">{text(row, 'speakers')}</td>
      <td data-col="paragraphs">{text(row, 'paragraphs')}</td>
      <td data-col="basis" data-basis={row.basis}>
        {text(row, 'basis')}
      </td>
    </tr>
  );
});
