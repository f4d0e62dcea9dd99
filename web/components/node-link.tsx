// Presentational: a link to a node. A real link to the node's hash URL (so it can be
// opened or copied) that, when clicked, selects the node in place.

import type { MouseEvent } from 'react';
import type { NodeRef } from '../data/details.js';

export interface NodeLinkProps {
  node: NodeRef;
  hrefFor: (key: string) => string;
  onNavigate: (key: string) => void;
}

export function NodeLink({ node, hrefFor, onNavigate }: NodeLinkProps) {
  const onClick = (event: MouseEvent<HTMLAnchorElement>) => {
    if (event.metaKey || event.ctrlKey || event.shiftKey || event.button !== 0) return;
    event.preventDefault();
    onNavigate(node.key);
  };
  return (
    <a className={`node-link type-${node.type}`} href={hrefFor(node.key)} onClick={onClick}>
      {node.label}
    </a>
  );
}
