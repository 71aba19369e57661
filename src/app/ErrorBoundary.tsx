// Contains a view that fails to render: a friendly message and a way home instead of a blank page.
import { Component, type ErrorInfo, type ReactNode } from 'react';
import { href } from './routes.ts';

interface State {
  error: Error | null;
}

export class ErrorBoundary extends Component<{ children: ReactNode }, State> {
  override state: State = { error: null };

  static getDerivedStateFromError(error: unknown): State {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  override componentDidCatch(error: unknown, info: ErrorInfo): void {
    console.error('Parallax: a view failed to render', error, info.componentStack);
  }

  override render(): ReactNode {
    const { error } = this.state;
    if (error === null) return this.props.children;
    return (
      <div className="dead-end" role="alert">
        <h1 tabIndex={-1}>Something went wrong</h1>
        <p>This view could not be shown. The rest of Parallax still works.</p>
        <p className="muted">
          <code>{error.message}</code>
        </p>
        <p>
          <a href={href.articles()}>← All articles</a>
        </p>
      </div>
    );
  }
}
