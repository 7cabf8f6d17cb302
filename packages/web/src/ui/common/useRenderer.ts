import { useEffect, useState } from 'react';
import type * as RenderModule from '../../render/index.js';

type Renderer = typeof RenderModule;

let loading: Promise<Renderer> | undefined;

/** Loads the rendering chunk (markdown, highlighting, sanitiser) once. */
export function loadRenderer(): Promise<Renderer> {
  loading ??= import('../../render/index.js');
  return loading;
}

/** The rendering chunk once loaded (`undefined` meanwhile, or when it failed to load). */
export function useRenderer(): Renderer | undefined {
  const [renderer, setRenderer] = useState<Renderer | undefined>();
  useEffect(() => {
    let live = true;
    loadRenderer().then(
      (loaded) => live && setRenderer(loaded),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, []);
  return renderer;
}
