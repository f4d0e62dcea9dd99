// Controller: turns sigma pointer events into hover and selection callbacks.
// Renders nothing and owns no state; the app decides what a hover or click means.

import { useEffect } from 'react';
import { useSigma } from '@react-sigma/core';
import type { EdgeAttributes, GraphAttributes, NodeAttributes } from '../../graph/schema.js';

export interface GraphEventsProps {
  onHover: (key: string | null) => void;
  onSelect: (key: string | null) => void;
}

export function GraphEvents({ onHover, onSelect }: GraphEventsProps) {
  const sigma = useSigma<NodeAttributes, EdgeAttributes, GraphAttributes>();
  useEffect(() => {
    const container = sigma.getContainer();
    const enter = ({ node }: { node: string }) => {
      container.style.cursor = 'pointer';
      onHover(node);
    };
    const leave = () => {
      container.style.cursor = '';
      onHover(null);
    };
    const click = ({ node }: { node: string }) => onSelect(node);
    const clickStage = () => onSelect(null);
    sigma.on('enterNode', enter);
    sigma.on('leaveNode', leave);
    sigma.on('clickNode', click);
    sigma.on('clickStage', clickStage);
    return () => {
      sigma.off('enterNode', enter);
      sigma.off('leaveNode', leave);
      sigma.off('clickNode', click);
      sigma.off('clickStage', clickStage);
    };
  }, [sigma, onHover, onSelect]);
  return null;
}
