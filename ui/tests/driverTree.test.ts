import { describe, expect, it } from 'vitest';
import { addNode, childKinds, diagramLayout, driversOf, emptyTexts, moveNode, removeNode, setText, toEditable, toInput, wrapText, type DriverNode } from '../src/lib/driverTree';

const diagram: DriverNode[] = [
  {
    id: 'p1', kind: 'PRIMARY', text: 'Strukturert utskrivning', measureIds: ['m1'], cycleIds: [], changeIdeaId: null,
    children: [
      { id: 's1', kind: 'SECONDARY', text: 'Alle vet hva', measureIds: [], cycleIds: [], changeIdeaId: null,
        children: [{ id: 'c1', kind: 'CHANGE_IDEA', text: 'Sjekkliste', measureIds: [], cycleIds: ['cy1'], changeIdeaId: 'idea1', children: [] }] },
    ],
  },
  { id: 'p2', kind: 'PRIMARY', text: 'Pårørende er forberedt', measureIds: [], cycleIds: [], changeIdeaId: null, children: [] },
];

describe('editing the driver diagram', () => {
  it('round-trips to setDriverDiagram input, keeping ids and links', () => {
    const input = toInput(toEditable(diagram));
    expect(input[0]).toMatchObject({ id: 'p1', kind: 'PRIMARY', measureIds: ['m1'] });
    expect(input[0].children[0].children[0]).toEqual({ id: 'c1', kind: 'CHANGE_IDEA', text: 'Sjekkliste', measureIds: [], cycleIds: ['cy1'], changeIdeaId: 'idea1', children: [] });
    expect('changeIdeaId' in input[1]).toBe(false);
  });

  it('adds a node without an id, removes, rewords and moves, leaving the original untouched', () => {
    const start = toEditable(diagram);
    const added = addNode(start, [1], 'SECONDARY', '  Ny driver ');
    expect(added.path).toEqual([1, 0]);
    expect(toInput(added.nodes)[1].children[0]).toEqual({ kind: 'SECONDARY', text: 'Ny driver', measureIds: [], cycleIds: [], children: [] });
    expect(start[1].children).toHaveLength(0);

    const moved = moveNode(added.nodes, [1], -1);
    expect(moved.nodes.map((n) => n.id)).toEqual(['p2', 'p1']);
    expect(moved.path).toEqual([0]);
    expect(moveNode(moved.nodes, [0], -1).nodes).toBe(moved.nodes);

    const reworded = setText(moved.nodes, [1, 0, 0], 'Kort sjekkliste');
    expect(reworded[1].children[0].children[0].text).toBe('Kort sjekkliste');
    expect(moved.nodes[1].children[0].children[0].text).toBe('Sjekkliste');

    const removed = removeNode(reworded, [1, 0]);
    expect(removed[1].children).toHaveLength(0);
  });

  it('finds empty texts before the API refuses them', () => {
    const added = addNode(toEditable(diagram), [0, 0], 'CHANGE_IDEA');
    expect(emptyTexts(added.nodes)).toEqual([[0, 0, 1]]);
  });

  it('allows secondary drivers or change ideas under a primary, change ideas under a secondary', () => {
    expect(childKinds('AIM')).toEqual(['PRIMARY']);
    expect(childKinds('PRIMARY')).toEqual(['SECONDARY', 'CHANGE_IDEA']);
    expect(childKinds('SECONDARY')).toEqual(['CHANGE_IDEA']);
    expect(childKinds('CHANGE_IDEA')).toEqual([]);
  });
});

describe('drawing the driver diagram', () => {
  it('wraps text at spaces, cuts long words and caps the lines', () => {
    expect(wrapText('Alle vet hva som skal gjøres', 12)).toEqual(['Alle vet hva', 'som skal', 'gjøres']);
    expect(wrapText('Utskrivningssjekkliste', 10)).toEqual(['Utskrivnin', 'gssjekklis', 'te']);
    expect(wrapText('a b c d e f', 1, 3)).toEqual(['a', 'b', 'c…']);
  });

  it('puts the aim, drivers and change ideas in four columns, parents level with their children', () => {
    const layout = diagramLayout('Innen 2020 skal 90 % …', diagram);
    const box = (key: string) => layout.boxes.find((b) => b.key === key)!;
    expect(layout.boxes).toHaveLength(5);
    expect(box('aim').x).toBeLessThan(box('p1').x);
    expect(box('p1').x).toBeLessThan(box('s1').x);
    expect(box('s1').x).toBeLessThan(box('c1').x);
    const middle = (key: string) => box(key).y + box(key).height / 2;
    expect(middle('s1')).toBeCloseTo(middle('c1'));
    expect(middle('p1')).toBeCloseTo(middle('s1'));
    expect(box('p2').y).toBeGreaterThan(box('c1').y);
    expect(layout.links).toHaveLength(4);
    expect(layout.width).toBeGreaterThan(box('c1').x + box('c1').width);
  });
});

describe('a diagram read three levels deep', () => {
  it('is whole even though the last level has no children field', () => {
    const shallow: DriverNode[] = [{ id: 'p', kind: 'PRIMARY', text: 'P', measureIds: [], cycleIds: [], changeIdeaId: null,
      children: [{ id: 'c', kind: 'CHANGE_IDEA', text: 'C', measureIds: [], cycleIds: [], changeIdeaId: null }] }];
    expect(toInput(toEditable(shallow))[0].children[0].children).toEqual([]);
    expect(diagramLayout('Mål', shallow).boxes).toHaveLength(3);
  });
});

describe('the drivers a change idea may work on', () => {
  it('are the primary and secondary drivers in diagram order, never change ideas', () => {
    const nodes: DriverNode[] = [
      { id: 'p1', kind: 'PRIMARY', text: 'Ledelse', measureIds: [], cycleIds: [], changeIdeaId: null, children: [
        { id: 's1', kind: 'SECONDARY', text: 'Ukentlig oppfølging', measureIds: [], cycleIds: [], changeIdeaId: null, children: [
          { id: 'c1', kind: 'CHANGE_IDEA', text: 'Tavlemøte', measureIds: [], cycleIds: [], changeIdeaId: 'idea_1' },
        ] },
      ] },
      { id: 'p2', kind: 'PRIMARY', text: 'Rutiner', measureIds: [], cycleIds: [], changeIdeaId: null },
    ];
    expect(driversOf(nodes).map((d) => d.id)).toEqual(['p1', 's1', 'p2']);
    expect(driversOf([])).toEqual([]);
  });
});
