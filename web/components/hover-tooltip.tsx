// Presentational, inside the sigma container: a tooltip by the hovered node with its
// label, type and paper count. Text only; positioned from sigma's viewport coordinates.

import { useEffect, useState } from 'react';
import { useSigma } from '@react-sigma/core';
import type { EdgeAttributes, GraphAttributes, NodeAttributes } from '../../graph/schema.js';

export function HoverTooltip({ node }: { node: string | null }) {
  const sigma = useSigma<NodeAttributes, EdgeAttributes, GraphAttributes>();
  const [pos, setPos] = useState<{ x: number; y: number } | null>(null);

  useEffect(() => {
    if (!node) {
      setPos(null);
      return;
    }
    const update = () => {
      const data = sigma.getNodeDisplayData(node);
      setPos(data ? sigma.framedGraphToViewport(data) : null);
    };
    update();
    sigma.on('afterRender', update);
    return () => {
      sigma.off('afterRender', update);
    };
  }, [sigma, node]);

  const graph = sigma.getGraph();
  if (!node || !pos || !graph.hasNode(node)) return null;
  const attrs = graph.getNodeAttributes(node);
  return (
    <div className="tooltip" role="tooltip" style={{ left: pos.x + 12, top: pos.y + 12 }}>
      <strong>{attrs.type === 'paper' ? (attrs.title ?? attrs.label) : attrs.label}</strong>
      <span>
        {attrs.type}
        {attrs.type !== 'paper' ? ` · ${attrs.papers} paper${attrs.papers === 1 ? '' : 's'}` : ''}
      </span>
    </div>
  );
}
