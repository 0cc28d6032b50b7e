import { render, type RenderResult } from '@testing-library/react';
import { RiluzoleScreen } from '../../../src/features/screen/riluzole-screen';
import type { ScreenProps } from '../../../src/features/screen/screen-props';

/** The screen as the app shell places it: inside the page's main landmark, under its h1. */
export function renderScreen(props: ScreenProps): RenderResult {
  return render(
    <main>
      <h1>Riluzole Monitor</h1>
      <RiluzoleScreen {...props} />
    </main>,
  );
}
