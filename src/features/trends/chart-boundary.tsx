import { Component, type ReactNode } from 'react';

interface ChartBoundaryProps {
  readonly children: ReactNode;
}

interface ChartBoundaryState {
  readonly failed: boolean;
}

/** A chart that fails to load (offline chunk, no canvas) must not take the screen down: the table stays. */
export class ChartBoundary extends Component<ChartBoundaryProps, ChartBoundaryState> {
  override state: ChartBoundaryState = { failed: false };

  static getDerivedStateFromError(): ChartBoundaryState {
    return { failed: true };
  }

  override render(): ReactNode {
    if (this.state.failed)
      return <p className="rm-muted">The chart could not be drawn; the table below has the same values.</p>;
    return this.props.children;
  }
}
