import { Component, type ReactNode } from 'react';

type State = { error: Error | null };

/** Last line of defence: an unexpected error shows a message and a reload, never a blank page. */
export class ErrorBoundary extends Component<{ children: ReactNode }, State> {
  state: State = { error: null };

  static getDerivedStateFromError(error: Error): State {
    return { error };
  }

  render() {
    if (!this.state.error) return this.props.children;
    return (
      <div className="fatal" role="alert">
        <h1>区域创新地图 · Regional Innovation Map</h1>
        <p>出错了，页面无法继续显示。Something went wrong and the page cannot go on.</p>
        <pre>{this.state.error.message}</pre>
        <button type="button" className="button" onClick={() => location.reload()}>
          重新载入 · Reload
        </button>
      </div>
    );
  }
}
