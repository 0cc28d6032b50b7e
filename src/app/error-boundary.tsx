import { Component, type ErrorInfo, type ReactNode } from 'react';

interface ErrorBoundaryProps {
  readonly children: ReactNode;
}

interface ErrorBoundaryState {
  readonly failed: boolean;
}

/**
 * Last line of defence: a rendering bug shows a sentence, not a blank page. The error itself is
 * not shown or logged: its message could quote patient data.
 */
export class ErrorBoundary extends Component<ErrorBoundaryProps, ErrorBoundaryState> {
  override state: ErrorBoundaryState = { failed: false };

  static getDerivedStateFromError(): ErrorBoundaryState {
    return { failed: true };
  }

  override componentDidCatch(error: Error, _info: ErrorInfo): void {
    console.error(`Riluzole Monitor: display error (${error.name})`);
  }

  override render(): ReactNode {
    if (this.state.failed) {
      return (
        <main>
          <h1>Riluzole Monitor</h1>
          <p role="alert">
            Something went wrong while showing this patient&apos;s data. Reload the page, or relaunch Riluzole Monitor
            from the EHR.
          </p>
        </main>
      );
    }
    return this.props.children;
  }
}
