import { render, type RenderResult } from '@testing-library/react';
import { RiluzoleScreen } from '../../../src/features/screen/riluzole-screen';
import type { ScreenProps } from '../../../src/features/screen/screen-props';
import { lazyPanelsSettled } from '../support/lazy-panels';

export { lazyPanelsSettled };

/** The screen as the app shell places it (inside the main landmark, under its h1), once its panels loaded. */
export async function renderScreen(props: ScreenProps): Promise<RenderResult> {
  const result = render(
    <main>
      <h1>Riluzole Monitor</h1>
      <RiluzoleScreen {...props} />
    </main>,
  );
  await lazyPanelsSettled();
  return result;
}
