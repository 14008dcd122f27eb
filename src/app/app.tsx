import { Suspense, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import briefings from 'virtual:briefings';
import { startLoading, useAppData, type Pending } from '../data/use-app-data';
import { ALL_BRIEFINGS, briefingOfId, localId, namespaced } from '../data/corpus';
import type { Model } from '../data/model';
import type { GeoView } from '../geo/view';
import { MapView, testHooksWanted } from '../features/map';
import { RegionPanel } from '../features/panel';
import { RegionLegend } from '../features/legend';
import { BottomSheet } from '../features/sheet';
import { SearchBox } from '../features/search';
import { pauseUrlSync, startUrlSync } from '../store/url-sync';
import { formatHash, parseHash, type HashState } from '../store/url-hash';
import { appStore, useAppStore, type AppStore } from '../store/store';
import { t } from '../i18n/strings';
import { firstViewShown } from '../lib/first-view';
import { Notices } from './notices';
import { UpdatePrompt } from './update-prompt';
import { LanguageSwitch } from './language-switch';
import { SourceCredit } from './source-credit';
import { BriefingPicker } from './briefing-picker';
import { longestPresentation, presentationSteps, type Step } from '../deck/steps';
import {
  PresentButton,
  Presenter,
  PresenterNotes,
  prefetchPresenter,
  isPresenterWindow,
  startPresenterBroadcast,
} from '../features/present';
import { ExportButton } from '../features/export';
import { startCameraFollow } from '../camera/follow';
import { EmbedLink, NetworkView, isEmbed } from '../features/links';
import './header.css';

const NO_STEPS: Step[] = [];

/** The briefing a hash asks for: a bundled one, every one (with more than one), or the newest. */
function briefingOf(wanted: string | undefined): string {
  if (wanted === ALL_BRIEFINGS && briefings.length > 1) return ALL_BRIEFINGS;
  return briefings.find((b) => b.id === wanted)?.id ?? briefings[0]!.id;
}

const chooseBriefing = () => briefingOf(parseHash(location.hash).state.briefing);
/** Starts the first view's downloads and decoding: called before the first render. */
export const preloadFirstView = () => startLoading(chooseBriefing(), briefings);

export function App() {
  const [briefing] = useState(chooseBriefing);
  const [data, retry, switchTo] = useAppData(briefing, briefings);
  const lang = useAppStore((s) => s.lang);

  // Another briefing, or all of them: fetched while the current one stays; then the URL
  // names it (keeping the language, the region, the network view and the kinds; a link
  // only where it is in the new view) and the model is replaced. `fromHistory`: the URL
  // already names it (back / forward).
  const choose = useCallback(
    (target: string, fromHistory = false) => {
      const from = data.status === 'ready' ? data.briefing : briefing;
      switchTo(
        target,
        () => {
          pauseUrlSync();
          const s = appStore.getState();
          if (!fromHistory) history.pushState(null, '', switchedHash(s, from, target));
          s.clearSelection();
        },
        (message) => {
          const s = appStore.getState();
          s.notify({
            zh: `${t('zh', 'briefingLoadFailed')}${message}`,
            en: `${t('en', 'briefingLoadFailed')}${message}`,
          });
          // Back or forward to a briefing that failed: the URL names the one still shown.
          if (fromHistory) history.replaceState(null, '', switchedHash(s, from, from));
        },
      );
    },
    [data, briefing, switchTo],
  );

  useEffect(() => {
    document.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en';
    document.title = t(lang, 'appTitle');
  }, [lang]);

  // With no map to wait for, the error screen and the notes window are the first view.
  useEffect(() => {
    if (data.status === 'error' || (data.status === 'ready' && isPresenterWindow()))
      firstViewShown();
  }, [data.status]);

  if (data.status === 'loading') {
    const { done, total } = data.pending;
    return (
      <div className="splash" data-map-state="loading" role="status">
        {t(lang, 'loadingData')}
        {total > 1 && ` ${done}/${total}`}
      </div>
    );
  }
  if (data.status === 'error') {
    return (
      <div className="splash error" data-map-state="error" role="alert">
        <h1>{t(lang, 'appTitle')}</h1>
        <p>{t(lang, 'loadFailed')}</p>
        <pre>{data.message}</pre>
        <button type="button" className="button" onClick={retry}>
          {t(lang, 'retry')}
        </button>
      </div>
    );
  }
  if (isPresenterWindow())
    return (
      <Suspense fallback={null}>
        <PresenterNotes model={data.model} />
      </Suspense>
    );
  return (
    <Loaded
      model={data.model}
      geo={data.geo}
      briefing={briefings.length > 1 ? data.briefing : undefined}
      pending={data.pending}
      choose={choose}
    />
  );
}

/** The hash for a switch from one briefing (or all) to another, from the current state. */
function switchedHash(s: AppStore, from: string, to: string): string {
  const hash: HashState = { briefing: to, lang: s.lang };
  if (s.selection.region) hash.region = s.selection.region;
  const link = s.selection.link;
  if (link) {
    if (to === ALL_BRIEFINGS && from !== ALL_BRIEFINGS) hash.link = namespaced(from, link);
    else if (from === ALL_BRIEFINGS && briefingOfId(link) === to) hash.link = localId(link);
  }
  if (s.overview) hash.overview = s.overview;
  if (s.kinds) hash.kinds = s.kinds;
  if (s.belt) hash.belt = true;
  return formatHash(hash);
}

function Loaded({
  model,
  geo,
  briefing,
  pending,
  choose,
}: {
  model: Model;
  geo: GeoView;
  briefing: string | undefined;
  pending: Pending | null;
  choose: (briefing: string, fromHistory?: boolean) => void;
}) {
  const lang = useAppStore((s) => s.lang);
  const panelOpen = useAppStore((s) => Boolean(s.selection.region || s.selection.link));
  const presenting = useAppStore((s) => s.step !== null);
  // A presentation tells one briefing: with every briefing at once there is none (choose
  // one briefing to present it). Its steps are derived when presenting (or when the URL or
  // the notes window names a step), never for the first view: fitting them costs ~50 ms.
  const steps = useMemo(
    () => (model.corpus || !presenting ? NO_STEPS : presentationSteps(model, lang)),
    [model, lang, presenting],
  );
  const stepCount = useCallback(() => (model.corpus ? 0 : longestPresentation(model)), [model]);
  const [embed] = useState(isEmbed);
  // The URL first (its view, its selection), then the camera follows what is chosen.
  const chooseRef = useRef(choose);
  useEffect(() => {
    chooseRef.current = choose;
  });
  useEffect(
    () =>
      startUrlSync(model, stepCount, briefing, undefined, (wanted) => {
        const target = briefingOf(wanted);
        if (target === briefing) return false;
        chooseRef.current(target, true);
        return true;
      }),
    [model, stepCount, briefing],
  );
  useEffect(
    () => startCameraFollow({ model, geo, host: () => document.querySelector('.map') }),
    [model, geo],
  );
  // The projector's code, after the first view (only a single briefing is presented).
  useEffect(() => {
    if (!model.corpus) prefetchPresenter();
  }, [model]);
  useEffect(
    () =>
      startPresenterBroadcast(() =>
        model.corpus ? 0 : presentationSteps(model, appStore.getState().lang).length,
      ),
    [model],
  );

  return (
    <div
      className="app"
      data-panel={panelOpen ? 'open' : 'closed'}
      data-presenting={presenting || undefined}
      data-embed={embed || undefined}
    >
      <header className="topbar">
        <div className="brand">
          <h1>{t(lang, 'appTitle')}</h1>
          {briefing ? (
            <BriefingPicker current={briefing} pending={pending} choose={choose} />
          ) : (
            <p className="subtitle" title={model.bundle.briefing.title[lang]}>
              {model.bundle.briefing.title[lang]}
            </p>
          )}
        </div>
        <SearchBox model={model} />
        <div className="toolbar">
          <ExportButton model={model} view={geo} />
          <button type="button" className="button" onClick={() => window.print()}>
            {t(lang, 'print')}
          </button>
          {!model.corpus && <PresentButton />}
          <LanguageSwitch />
        </div>
      </header>
      <main className="stage">
        <section className="map-region" aria-label={t(lang, 'map')}>
          <p className="sr-only">{t(lang, 'mapDescription')}</p>
          <MapView geo={geo} model={model} steps={steps} />
          <RegionLegend model={model} compact={embed} />
          {embed && <EmbedLink />}
        </section>
        {presenting ? (
          <Presenter model={model} steps={steps} />
        ) : (
          <BottomSheet model={model}>
            <RegionPanel model={model} />
          </BottomSheet>
        )}
        {!presenting && <NetworkView model={model} geo={geo} />}
      </main>
      <SourceCredit model={model} />
      <Notices />
      <UpdatePrompt />
    </div>
  );
}

// For the end-to-end tests and the benchmark, which drive the same store as a user: only
// when automation asks for it.
declare global {
  interface Window {
    __appStore?: typeof appStore;
  }
}
if (testHooksWanted()) window.__appStore = appStore;
