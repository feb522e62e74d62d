// The chip bar over the canvas: everything that hides things in this mode (time, certainty, sources, hidden types and
// nodes, a path highlight), each removable with one click — so what is not drawn is never hidden silently.
import { useMemo } from 'react';
import { activeChips, type Chip } from '../state/chips.js';
import { DEFAULT_FILTERS, sceneSources } from '../state/visibility.js';
import { useActiveScene, useApp, useAppState, useT } from './app-context.js';

export function FilterChips() {
  const { actions } = useApp();
  const t = useT();
  const lang = useAppState((s) => s.lang);
  const filters = useAppState((s) => s.filters);
  const mode = useAppState((s) => s.mode);
  const time = useAppState((s) => s.time);
  const sceneState = useAppState((s) => s.scene);
  const path = useAppState((s) => s.path);
  const schema = useAppState((s) => s.schema);
  const scene = useActiveScene();
  const sourceIds = useMemo(() => sceneSources(scene).map((s) => s.id), [scene]);
  const chips = activeChips({ lang, filters, mode, time, scene: sceneState, path, schema }, sourceIds);
  if (!chips.length) return null;

  const remove = (chip: Chip) => {
    switch (chip.kind) {
      case 'time':
        return actions.time.setEnabled(false);
      case 'certainty':
        return actions.toggleCertainty(chip.value);
      case 'unsourced':
        return actions.setFilters({ certainties: [...DEFAULT_FILTERS.certainties] });
      case 'sources':
        return actions.setFilters({ hiddenSources: [] });
      case 'label':
        return actions.toggleLabel(chip.value);
      case 'relType':
        return actions.toggleRelType(chip.value);
      case 'hiddenNodes':
        return actions.scene.showAll();
      case 'path':
        return actions.clearPath();
    }
  };

  return (
    <ul className="filter-chips" aria-label={t('chipsLabel')} data-testid="filter-chips">
      {chips.map((chip) => (
        <li key={chip.id} className="chip" data-testid={`chip-${chip.id}`}>
          <bdi>{chip.text}</bdi>
          <button
            type="button"
            className="chip-remove"
            aria-label={t('chipRemove', { what: chip.text })}
            title={t('chipRemove', { what: chip.text })}
            onClick={() => remove(chip)}
            data-testid={`chip-remove-${chip.id}`}
          >
            ✕
          </button>
        </li>
      ))}
    </ul>
  );
}
