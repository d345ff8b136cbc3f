import { Component, type ErrorInfo, type ReactNode } from 'react';
import { Trans } from 'react-i18next';

interface Props {
  /** What failed, for the reader ("this article", "the library"). */
  label: string;
  children: ReactNode;
}

/**
 * One part of the page that fails to render (a broken article, a bug) shows what happened in its own place, with a
 * way to try again; the rest of the app stays usable.
 */
export class ErrorBoundary extends Component<Props, { error: Error | null }> {
  override state = { error: null as Error | null };

  static getDerivedStateFromError(error: Error) {
    return { error };
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    console.error(error, info.componentStack);
  }

  override render() {
    if (!this.state.error) return this.props.children;
    return (
      <div className="boundary-error" role="alert" data-testid="boundary-error">
        <p><Trans i18nKey="errors.part" values={{ part: this.props.label }} /></p>
        <p className="hint">{this.state.error.message}</p>
        <button type="button" onClick={() => this.setState({ error: null })}><Trans i18nKey="errors.retry" /></button>
      </div>
    );
  }
}
