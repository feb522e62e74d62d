// Runs in the page (page.evaluate): true once the canvas's camera is at rest and two animation frames have passed, so
// every render asked for so far is drawn. Shared by the browser tests (waitForCanvasSettled) and docs:screenshots.
export function canvasAtRest(): Promise<boolean> {
  return new Promise<boolean>((resolve) =>
    requestAnimationFrame(() =>
      requestAnimationFrame(() =>
        resolve(
          !(
            window as unknown as { __talentGraph?: { cameraMoving(): boolean } }
          ).__talentGraph?.cameraMoving(),
        ),
      ),
    ),
  );
}
