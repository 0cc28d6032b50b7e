import type { ReactElement, ReactNode } from 'react';

interface PanelProps {
  /** Used for the heading id; unique on the screen. */
  readonly id: string;
  readonly title: string;
  /** Optional status shown beside the heading. */
  readonly status?: ReactNode;
  readonly className?: string;
  readonly children: ReactNode;
}

/** A region landmark named by its h2 (the app owns the page's only h1). */
export function Panel({ id, title, status, className, children }: PanelProps): ReactElement {
  const headingId = `${id}-heading`;
  return (
    <section className={`rm-panel${className ? ` ${className}` : ''}`} aria-labelledby={headingId} id={id}>
      <div className="rm-panel-head">
        <h2 id={headingId}>{title}</h2>
        {status}
      </div>
      {children}
    </section>
  );
}
