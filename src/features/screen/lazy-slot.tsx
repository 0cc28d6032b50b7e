import {
  Component,
  Suspense,
  lazy,
  useState,
  type ComponentType,
  type LazyExoticComponent,
  type ReactNode,
} from 'react';

/**
 * A component loaded on demand. `current` is shared by every place the component is shown; `retry`
 * replaces a failed load (React.lazy keeps a rejected import for good); `peek` gives the component
 * once its chunk has loaded.
 */
export interface LazyLoader<P extends object> {
  current: LazyExoticComponent<ComponentType<P>>;
  readonly retry: () => void;
  readonly peek: () => ComponentType<P> | undefined;
}

/**
 * @param load - imports the chunk and picks the component
 * @param peek - the component if its chunk has already loaded, else undefined
 */
export function lazyLoader<P extends object>(
  load: () => Promise<ComponentType<P>>,
  peek: () => ComponentType<P> | undefined,
): LazyLoader<P> {
  const make = (): LazyExoticComponent<ComponentType<P>> => lazy(() => load().then((c) => ({ default: c })));
  const loader: LazyLoader<P> = {
    current: make(),
    retry: () => {
      loader.current = make();
    },
    peek,
  };
  return loader;
}

interface LazySlotProps<P extends object> {
  readonly loader: LazyLoader<P>;
  /** The panel's title, named in the loading and failure placeholders. */
  readonly title: string;
  readonly props: P;
}

interface PlaceholderProps {
  readonly title: string;
  readonly state: 'loading' | 'failed';
  readonly children: ReactNode;
}

/**
 * A placeholder is a region of its own ("<title>: loading"), never the panel's region: it shows no
 * value, status or count, so nobody (and no test) can take it for the panel's answer.
 */
function Placeholder({ title, state, children }: PlaceholderProps): ReactNode {
  return (
    <section
      className="rm-panel rm-panel-placeholder"
      aria-label={`${title}: ${state === 'loading' ? 'loading' : 'could not be loaded'}`}
      data-lazy={state}
    >
      <div className="rm-panel-head">
        <h2>{title}</h2>
      </div>
      {children}
    </section>
  );
}

interface BoundaryProps {
  readonly title: string;
  readonly onRetry: () => void;
  readonly children: ReactNode;
}

/** A chunk that fails to load (offline, a deploy replaced it) says so, in place of the panel. */
class LoadBoundary extends Component<BoundaryProps, { readonly failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }

  override render(): ReactNode {
    if (!this.state.failed) return this.props.children;
    return (
      <Placeholder title={this.props.title} state="failed">
        <p role="alert">
          This part of the screen could not be loaded or shown: its absence says nothing about the record. Try again, or
          reload the page.
        </p>
        <button type="button" onClick={this.props.onRetry}>
          Try again
        </button>
      </Placeholder>
    );
  }
}

/** A panel from a lazily loaded chunk: "Loading…" while it loads, an error if it cannot. */
export function LazySlot<P extends object>({ loader, title, props }: LazySlotProps<P>): ReactNode {
  // A new attempt re-reads loader.current and mounts a fresh boundary.
  const [attempt, setAttempt] = useState(0);
  // Mounted after the chunk arrived (the trends once the assessment is in): the component itself, with
  // no "Loading…" frame. Mounted before: the lazy one, for the life of this mount, so that the
  // panel's state (and a keyboard user's focus in it) survives the chunk's arrival.
  const [ready] = useState(loader.peek);
  const Loaded = ready ?? loader.current;
  const retry = (): void => {
    loader.retry();
    setAttempt(attempt + 1);
  };
  return (
    <LoadBoundary key={attempt} title={title} onRetry={retry}>
      <Suspense
        fallback={
          <Placeholder title={title} state="loading">
            <p className="rm-muted" role="status">
              Loading…
            </p>
          </Placeholder>
        }
      >
        <Loaded {...props} />
      </Suspense>
    </LoadBoundary>
  );
}
