'use client';

import { createContext, useContext } from 'react';
import { useStore } from 'zustand';
import type { DiagramGraph } from '@/lib/diagram/to-flow';
import type { DesignerActions, DesignerState } from '@/lib/store/designer-store';
import type { UiState } from '../commands/ui-store';
import type { DesignerServices } from './services';

export const ServicesContext = createContext<DesignerServices | null>(null);

export function useServices(): DesignerServices {
  const services = useContext(ServicesContext);
  if (!services) throw new Error('useServices outside <ServicesContext>');
  return services;
}

/** A narrow selector on the designer store; components re-render only when their slice changes. */
export function useDesigner<T>(selector: (s: DesignerState & DesignerActions) => T): T {
  return useStore(useServices().store, selector);
}

export function useUi<T>(selector: (s: UiState) => T): T {
  return useStore(useServices().ui, selector);
}

export function useGraph<T>(selector: (s: { graph: DiagramGraph }) => T): T {
  return useStore(useServices().graph, selector);
}
