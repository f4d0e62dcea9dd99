// Controller: turns sigma pointer events into hover and selection callbacks, registered
// with @react-sigma's useRegisterEvents (which also removes them). Renders nothing and owns
// no state; the app decides what a hover or click means.

import { useEffect } from 'react';
import { useRegisterEvents, useSigma } from '@react-sigma/core';
import type { EdgeAttributes, GraphAttributes, NodeAttributes } from '../../graph/schema.js';

export interface GraphEventsProps {
  onHover: (key: string | null) => void;
  onSelect: (key: string | null) => void;
}

export function GraphEvents({ onHover, onSelect }: GraphEventsProps) {
  const sigma = useSigma<NodeAttributes, EdgeAttributes, GraphAttributes>();
  const registerEvents = useRegisterEvents<NodeAttributes, EdgeAttributes, GraphAttributes>();
  useEffect(() => {
    const container = sigma.getContainer();
    registerEvents({
      enterNode: ({ node }) => {
        container.style.cursor = 'pointer';
        onHover(node);
      },
      leaveNode: () => {
        container.style.cursor = '';
        onHover(null);
      },
      clickNode: ({ node }) => onSelect(node),
      clickStage: () => onSelect(null),
    });
  }, [sigma, registerEvents, onHover, onSelect]);
  return null;
}
