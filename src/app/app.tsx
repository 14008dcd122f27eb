import { Suspense, useEffect, useMemo, useState } from 'react';
import briefings from 'virtual:briefings';
import { useAppData } from '../data/use-app-data';
import type { Model } from '../data/model';
import type { GeoData } from '../geo/geo';
import { MapView, testHooksWanted } from '../features/map';
import { RegionPanel } from '../features/panel';
import { RegionLegend } from '../features/legend';
import { BottomSheet } from '../features/sheet';
import { SearchBox } from '../features/search';
import { startUrlSync } from '../store/url-sync';
import { parseHash } from '../store/url-hash';
import { appStore, useAppStore } from '../store/store';
import { t } from '../i18n/strings';
import { Notices } from './notices';
import { UpdatePrompt } from './update-prompt';
import { LanguageSwitch } from './language-switch';
import { SourceCredit } from './source-credit';
import { BriefingPicker } from './briefing-picker';
import { longestPresentation, presentationSteps } from '../deck/steps';
import {
  PresentButton,
  Presenter,
  PresenterNotes,
  isPresenterWindow,
  startPresenterBroadcast,
} from '../features/present';
import { ExportButton } from '../features/export';
import { startCameraFollow } from '../camera/follow';
import { EmbedLink, NetworkView, isEmbed } from '../features/links';
import './header.css';

function chooseBriefing(): string {
  const wanted = parseHash(location.hash).state.briefing;
  return briefings.find((b) => b.id === wanted)?.id ?? briefings[0]!.id;
}

export function App() {
  const [briefing] = useState(chooseBriefing);
  const [data, retry] = useAppData(briefing);
  const lang = useAppStore((s) => s.lang);

  useEffect(() => {
    document.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en';
    document.title = t(lang, 'appTitle');
  }, [lang]);

  if (data.status === 'loading') {
    return (
      <div className="splash" data-map-state="loading" role="status">
        {t(lang, 'loadingData')}
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
      briefing={briefings.length > 1 ? briefing : undefined}
    />
  );
}

function Loaded({
  model,
  geo,
  briefing,
}: {
  model: Model;
  geo: GeoData;
  briefing: string | undefined;
}) {
  const lang = useAppStore((s) => s.lang);
  const panelOpen = useAppStore((s) => Boolean(s.selection.region || s.selection.link));
  const presenting = useAppStore((s) => s.step !== null);
  const steps = useMemo(() => presentationSteps(model, lang), [model, lang]);
  const stepCount = useMemo(() => longestPresentation(model), [model]);
  const [embed] = useState(isEmbed);
  // The URL first (its view, its selection), then the camera follows what is chosen.
  useEffect(() => startUrlSync(model, stepCount, briefing), [model, stepCount, briefing]);
  useEffect(
    () => startCameraFollow({ model, geo, host: () => document.querySelector('.map') }),
    [model, geo],
  );
  useEffect(() => startPresenterBroadcast(steps.length), [steps]);

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
            <BriefingPicker current={briefing} />
          ) : (
            <p className="subtitle">{model.bundle.briefing.title[lang]}</p>
          )}
        </div>
        <SearchBox model={model} />
        <div className="toolbar">
          <ExportButton model={model} geo={geo} />
          <button type="button" className="button" onClick={() => window.print()}>
            {t(lang, 'print')}
          </button>
          <PresentButton />
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
