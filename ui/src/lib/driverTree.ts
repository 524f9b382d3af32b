// The driver diagram: aim → primary drivers → secondary drivers → change ideas. Editing it as a
// nested list (add, remove, move, reword) and turning it back into setDriverDiagram's input; and its
// layout as SVG boxes in four columns. Pure, so it is tested without a browser.

export type DriverKind = 'PRIMARY' | 'SECONDARY' | 'CHANGE_IDEA';

export interface DriverNode {
  id: string;
  kind: DriverKind;
  text: string;
  measureIds: string[];
  cycleIds: string[];
  changeIdeaId: string | null;
  /** Missing on the last level read (a change idea has none). */
  children?: DriverNode[];
}

export interface EditNode {
  /** A key for the list while editing; the saved id when the node exists. */
  key: string;
  id: string | null;
  kind: DriverKind;
  text: string;
  measureIds: string[];
  cycleIds: string[];
  changeIdeaId: string | null;
  children: EditNode[];
}

export interface DriverNodeInput {
  id?: string;
  kind: DriverKind;
  text: string;
  measureIds: string[];
  cycleIds: string[];
  changeIdeaId?: string;
  children: DriverNodeInput[];
}

let counter = 0;
const newKey = () => `new-${++counter}`;

/** The drivers a change idea may work on: primary and secondary, in diagram order, secondary ones after their primary. */
export function driversOf(nodes: DriverNode[]): { id: string; kind: DriverKind; text: string }[] {
  return nodes.flatMap((n) => (n.kind === 'CHANGE_IDEA' ? [] : [{ id: n.id, kind: n.kind, text: n.text }, ...driversOf(n.children ?? [])]));
}

export function toEditable(nodes: DriverNode[]): EditNode[] {
  return nodes.map((n) => ({
    key: n.id,
    id: n.id,
    kind: n.kind,
    text: n.text,
    measureIds: [...n.measureIds],
    cycleIds: [...n.cycleIds],
    changeIdeaId: n.changeIdeaId,
    children: toEditable(n.children ?? []),
  }));
}

/** setDriverDiagram's nodes: ids kept, texts trimmed, links kept. */
export function toInput(nodes: EditNode[]): DriverNodeInput[] {
  return nodes.map((n) => {
    const input: DriverNodeInput = { kind: n.kind, text: n.text.trim(), measureIds: n.measureIds, cycleIds: n.cycleIds, children: toInput(n.children) };
    if (n.id) input.id = n.id;
    if (n.kind === 'CHANGE_IDEA' && n.changeIdeaId) input.changeIdeaId = n.changeIdeaId;
    return input;
  });
}

/** What may go under a node: secondary drivers or change ideas under a primary, change ideas under a secondary. */
export function childKinds(kind: DriverKind | 'AIM'): DriverKind[] {
  switch (kind) {
    case 'AIM':
      return ['PRIMARY'];
    case 'PRIMARY':
      return ['SECONDARY', 'CHANGE_IDEA'];
    case 'SECONDARY':
      return ['CHANGE_IDEA'];
    case 'CHANGE_IDEA':
      return [];
  }
}

/** A path is the list of indices from the top; [] is the aim (the top list). */
export type Path = number[];

function listAt(nodes: EditNode[], path: Path): EditNode[] {
  let list = nodes;
  for (const i of path) list = list[i].children;
  return list;
}

function clone(nodes: EditNode[]): EditNode[] {
  return nodes.map((n) => ({ ...n, children: clone(n.children) }));
}

export function addNode(nodes: EditNode[], parent: Path, kind: DriverKind, text = ''): { nodes: EditNode[]; path: Path } {
  const copy = clone(nodes);
  const list = listAt(copy, parent);
  list.push({ key: newKey(), id: null, kind, text, measureIds: [], cycleIds: [], changeIdeaId: null, children: [] });
  return { nodes: copy, path: [...parent, list.length - 1] };
}

export function removeNode(nodes: EditNode[], path: Path): EditNode[] {
  const copy = clone(nodes);
  listAt(copy, path.slice(0, -1)).splice(path[path.length - 1], 1);
  return copy;
}

/** Moves a node up (-1) or down (+1) among its siblings; at either end nothing moves. */
export function moveNode(nodes: EditNode[], path: Path, delta: -1 | 1): { nodes: EditNode[]; path: Path } {
  const index = path[path.length - 1];
  const siblings = listAt(nodes, path.slice(0, -1));
  const target = index + delta;
  if (target < 0 || target >= siblings.length) return { nodes, path };
  const copy = clone(nodes);
  const list = listAt(copy, path.slice(0, -1));
  [list[index], list[target]] = [list[target], list[index]];
  return { nodes: copy, path: [...path.slice(0, -1), target] };
}

export function setText(nodes: EditNode[], path: Path, text: string): EditNode[] {
  const copy = clone(nodes);
  listAt(copy, path.slice(0, -1))[path[path.length - 1]].text = text;
  return copy;
}

/** Every node with an empty text, as paths: the API refuses them, so the form says where first. */
export function emptyTexts(nodes: EditNode[], parent: Path = []): Path[] {
  return nodes.flatMap((n, i) => [...(n.text.trim() === '' ? [[...parent, i]] : []), ...emptyTexts(n.children, [...parent, i])]);
}

export interface DiagramBox {
  key: string;
  kind: DriverKind | 'AIM';
  lines: string[];
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface DiagramLayout {
  width: number;
  height: number;
  boxes: DiagramBox[];
  links: string[];
}

/** Splits a text into lines of at most `max` characters at spaces (a longer word is cut). */
export function wrapText(text: string, max: number, maxLines = 4): string[] {
  const words = text.replace(/\s+/g, ' ').trim().split(' ').filter(Boolean);
  const lines: string[] = [];
  let line = '';
  for (let word of words) {
    while (word.length > max) {
      if (line) {
        lines.push(line);
        line = '';
      }
      lines.push(word.slice(0, max));
      word = word.slice(max);
    }
    if (!line) line = word;
    else if (line.length + 1 + word.length <= max) line += ' ' + word;
    else {
      lines.push(line);
      line = word;
    }
  }
  if (line) lines.push(line);
  if (lines.length > maxLines) {
    const kept = lines.slice(0, maxLines);
    kept[maxLines - 1] = kept[maxLines - 1].slice(0, Math.max(1, max - 1)) + '…';
    return kept;
  }
  return lines.length ? lines : [''];
}

const COLUMN = { AIM: 0, PRIMARY: 1, SECONDARY: 2, CHANGE_IDEA: 3 } as const;

/**
 * Four columns (aim, primary, secondary, change ideas); each leaf takes a row, each parent sits
 * level with the middle of its children, and links run from a box's right edge to its children.
 */
export function diagramLayout(aim: string, nodes: DriverNode[], options: { boxWidth?: number; gap?: number; lineHeight?: number; chars?: number } = {}): DiagramLayout {
  const boxWidth = options.boxWidth ?? 190;
  const gap = options.gap ?? 40;
  const lineHeight = options.lineHeight ?? 16;
  const chars = options.chars ?? 26;
  const pad = 8;
  const rowGap = 12;
  const boxes: DiagramBox[] = [];
  const links: string[] = [];
  let nextY = pad;

  const heightOf = (lines: string[]) => lines.length * lineHeight + 2 * pad;
  const colX = (kind: DriverKind | 'AIM') => pad + COLUMN[kind] * (boxWidth + gap);

  const place = (node: DriverNode): DiagramBox => {
    const lines = wrapText(node.text, chars);
    const height = heightOf(lines);
    const children = (node.children ?? []).map(place);
    let y: number;
    if (children.length === 0) {
      y = nextY;
      nextY += height + rowGap;
    } else {
      const top = children[0].y + children[0].height / 2;
      const bottom = children[children.length - 1].y + children[children.length - 1].height / 2;
      y = (top + bottom) / 2 - height / 2;
    }
    const box: DiagramBox = { key: node.id, kind: node.kind, lines, x: colX(node.kind), y: round(y), width: boxWidth, height };
    for (const child of children) links.push(link(box, child));
    boxes.push(box);
    return box;
  };

  const tops = nodes.map(place);
  const aimLines = wrapText(aim, chars, 8);
  const aimHeight = heightOf(aimLines);
  const aimY = tops.length ? (tops[0].y + tops[0].height / 2 + tops[tops.length - 1].y + tops[tops.length - 1].height / 2) / 2 - aimHeight / 2 : pad;
  const aimBox: DiagramBox = { key: 'aim', kind: 'AIM', lines: aimLines, x: colX('AIM'), y: round(Math.max(pad, aimY)), width: boxWidth, height: aimHeight };
  for (const top of tops) links.push(link(aimBox, top));
  boxes.unshift(aimBox);

  const bottom = Math.max(...boxes.map((b) => b.y + b.height));
  return { width: colX('CHANGE_IDEA') + boxWidth + pad, height: round(bottom + pad), boxes, links };
}

function link(from: DiagramBox, to: DiagramBox): string {
  const x0 = from.x + from.width;
  const y0 = round(from.y + from.height / 2);
  const x1 = to.x;
  const y1 = round(to.y + to.height / 2);
  const mid = round((x0 + x1) / 2);
  return `M${x0},${y0}H${mid}V${y1}H${x1}`;
}

function round(value: number): number {
  return Math.round(value * 10) / 10;
}
