//! The network: entities found in the same passages, narrowed to the selection's passages and
//! with co-occurrences recounted there. At most a given number of the strongest nodes are shown
//! (most passages first), with a count of those left out. Positions come from the layout the
//! build computed for the strongest entities of the corpus; an entity it did not place is put
//! beside its strongest placed neighbour, deterministically.

use super::{Selection, Views};
use crate::model::EntityKind;
use crate::query::PassageSet;

/// Nodes shown at most, by default.
pub const MAX_NODES: usize = 150;
/// Edges kept at most (the strongest).
pub const MAX_EDGES: usize = 1500;

/// An entity of the network.
#[derive(Debug, Clone, PartialEq)]
pub struct NetworkNode {
    pub entity: u32,
    pub kind: EntityKind,
    /// Its mentions and the passages mentioning it, in the selection (the node's size).
    pub mentions: u32,
    pub passages: u32,
    /// 0..=1 each.
    pub x: f32,
    pub y: f32,
    /// False when the build's layout did not place it and it was put beside a neighbour.
    pub laid_out: bool,
}

/// Two nodes found in the same passages.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct NetworkEdge {
    /// Indices into [`Network::nodes`], `a < b`.
    pub a: usize,
    pub b: usize,
    /// Selected passages mentioning both (the edge's width).
    pub passages: u32,
}

/// The co-occurrence network of a selection.
#[derive(Debug, Clone, PartialEq)]
pub struct Network {
    /// Most passages first.
    pub nodes: Vec<NetworkNode>,
    /// Strongest first.
    pub edges: Vec<NetworkEdge>,
    /// Entities mentioned in the selection, and how many of them are not shown.
    pub entities: usize,
    pub left_out: usize,
    /// Edges among the shown nodes that were not kept (beyond [`MAX_EDGES`]).
    pub edges_left_out: usize,
}

/// A row of the network as a table: two entities and their shared passages.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct NetworkRow {
    pub a: u32,
    pub b: u32,
    pub passages: u32,
}

impl Network {
    /// The neighbours of a node (indices into `nodes`) with the weight of the edge, strongest
    /// first.
    pub fn neighbours(&self, node: usize) -> Vec<(usize, u32)> {
        let mut out: Vec<(usize, u32)> = self
            .edges
            .iter()
            .filter_map(|e| {
                if e.a == node {
                    Some((e.b, e.passages))
                } else if e.b == node {
                    Some((e.a, e.passages))
                } else {
                    None
                }
            })
            .collect();
        crate::sort::sort_by(&mut out, &|x, y| y.1.cmp(&x.1).then(x.0.cmp(&y.0)));
        out
    }

    /// The edges as rows of entity ids, strongest first.
    pub fn rows(&self) -> Vec<NetworkRow> {
        self.edges
            .iter()
            .map(|e| NetworkRow {
                a: self.nodes[e.a].entity,
                b: self.nodes[e.b].entity,
                passages: e.passages,
            })
            .collect()
    }

    /// The index of an entity's node, if shown.
    pub fn node_of(&self, entity: u32) -> Option<usize> {
        self.nodes.iter().position(|n| n.entity == entity)
    }
}

/// A deterministic number in 0..1 from an entity id (for placing nodes the layout missed).
fn unit_hash(x: u32, salt: u32) -> f32 {
    let mut h = (x as u64).wrapping_mul(0x9E37_79B9_7F4A_7C15) ^ (salt as u64);
    h ^= h >> 29;
    h = h.wrapping_mul(0xBF58_476D_1CE4_E5B9);
    h ^= h >> 32;
    (h % 10_000) as f32 / 10_000.0
}

impl Views<'_> {
    /// Passages and mentions of each entity over some passages.
    fn entity_counts(&self, passages: impl Iterator<Item = u32>) -> (Vec<u32>, Vec<u32>) {
        let corpus = self.corpus;
        let e_count = corpus.entities.len();
        let mut per_passage = vec![0u32; e_count];
        let mut mentions = vec![0u32; e_count];
        let mut last_seen = vec![u32::MAX; e_count];
        for p in passages {
            for &m in self.mentions_of(p) {
                let e = corpus.mentions[m as usize].entity as usize;
                if e >= e_count {
                    continue;
                }
                mentions[e] += 1;
                if last_seen[e] != p {
                    last_seen[e] = p;
                    per_passage[e] += 1;
                }
            }
        }
        (per_passage, mentions)
    }

    /// [`Views::entity_counts`] over the whole corpus, made on first use.
    fn entity_totals(&self) -> (&[u32], &[u32]) {
        let (p, m) = self
            .entity_totals
            .get_or_init(|| self.entity_counts(0..self.corpus.passages.len() as u32));
        (p, m)
    }

    /// The network of a selection: the `max_nodes` entities in the most selected passages and
    /// the edges among them, recounted over the selection.
    pub fn network(&self, selection: &Selection, max_nodes: usize) -> Network {
        let corpus = self.corpus;
        let e_count = corpus.entities.len();
        let n = corpus.passages.len();
        let selected = selection.count();
        // Counts over the selection: directly, or as the corpus's minus those of the passages
        // left out when they are fewer.
        let complement = (selection.everything || selected > n / 2).then(|| {
            let mut rest = PassageSet::full(n);
            rest.subtract(&selection.passages);
            rest
        });
        let (passages, mentions) = match &complement {
            None => self.entity_counts(selection.passages.iter()),
            Some(rest) => {
                let (all_p, all_m) = self.entity_totals();
                let (mut p, mut m) = self.entity_counts(rest.iter());
                for (x, &all) in p.iter_mut().zip(all_p) {
                    *x = all - *x;
                }
                for (x, &all) in m.iter_mut().zip(all_m) {
                    *x = all - *x;
                }
                (p, m)
            }
        };
        let mut present: Vec<u32> = (0..e_count as u32)
            .filter(|&e| passages[e as usize] > 0)
            .collect();
        let entities = present.len();
        let by_strength = |a: &u32, b: &u32| {
            let (x, y) = (*a as usize, *b as usize);
            passages[y]
                .cmp(&passages[x])
                .then(mentions[y].cmp(&mentions[x]))
                .then(a.cmp(b))
        };
        crate::sort::top_by(&mut present, max_nodes, &by_strength);
        let left_out = entities - present.len();

        // Edges among the shown nodes: a slot per node, a triangle of counts.
        let k = present.len();
        let mut slot = vec![u32::MAX; e_count];
        for (i, &e) in present.iter().enumerate() {
            slot[e as usize] = i as u32;
        }
        let mut weights = vec![0u32; k * k];
        let mut here: Vec<u32> = Vec::new();
        let slot_of = |e: u32| slot.get(e as usize).copied().filter(|&s| s != u32::MAX);
        // A sharded site's core has no relations (they are the mentions' pairs): there the
        // selection's passages are walked whatever their number.
        let complement = complement.filter(|_| corpus.index.residency.is_none());
        if complement.is_some() {
            // Every passage's pairs, from the corpus's relations; the left-out passages' pairs
            // are taken off below.
            for r in &corpus.relations {
                if let (Some(a), Some(b)) = (slot_of(r.a), slot_of(r.b)) {
                    let (a, b) = (a.min(b) as usize, a.max(b) as usize);
                    weights[a * k + b] += r.passages;
                }
            }
        }
        let (walk, sign): (Box<dyn Iterator<Item = u32>>, bool) = match &complement {
            None => (Box::new(selection.passages.iter()), true),
            Some(rest) => (Box::new(rest.iter()), false),
        };
        for p in walk {
            here.clear();
            for &m in self.mentions_of(p) {
                let e = corpus.mentions[m as usize].entity as usize;
                if let Some(&s) = slot.get(e) {
                    if s != u32::MAX {
                        here.push(s);
                    }
                }
            }
            if here.len() < 2 {
                continue;
            }
            here.sort_unstable();
            here.dedup();
            for i in 0..here.len() {
                for j in i + 1..here.len() {
                    let w = &mut weights[here[i] as usize * k + here[j] as usize];
                    if sign {
                        *w += 1;
                    } else {
                        *w = w.saturating_sub(1);
                    }
                }
            }
        }
        let mut edges: Vec<NetworkEdge> = Vec::new();
        for a in 0..k {
            for b in a + 1..k {
                let w = weights[a * k + b];
                if w > 0 {
                    edges.push(NetworkEdge { a, b, passages: w });
                }
            }
        }
        crate::sort::sort_by(&mut edges, &|x, y| {
            y.passages
                .cmp(&x.passages)
                .then(x.a.cmp(&y.a))
                .then(x.b.cmp(&y.b))
        });
        let edges_left_out = edges.len().saturating_sub(MAX_EDGES);
        edges.truncate(MAX_EDGES);

        // Positions: the build's layout, else beside the strongest placed neighbour, else on a
        // ring.
        let layout = &corpus.views.layout;
        let placed = |e: u32| -> Option<(f32, f32)> {
            layout
                .binary_search_by_key(&e, |n| n.entity)
                .ok()
                .map(|i| (layout[i].x, layout[i].y))
        };
        let mut nodes: Vec<NetworkNode> = present
            .iter()
            .map(|&e| {
                let (x, y, laid_out) = match placed(e) {
                    Some((x, y)) => (x, y, true),
                    None => (0.5, 0.5, false),
                };
                NetworkNode {
                    entity: e,
                    kind: corpus.entities[e as usize].kind,
                    mentions: mentions[e as usize],
                    passages: passages[e as usize],
                    x,
                    y,
                    laid_out,
                }
            })
            .collect();
        for i in 0..nodes.len() {
            if nodes[i].laid_out {
                continue;
            }
            let e = nodes[i].entity;
            // Edges are strongest first: the first placed neighbour is the strongest.
            let anchor = edges.iter().find_map(|ed| {
                let other = if ed.a == i {
                    ed.b
                } else if ed.b == i {
                    ed.a
                } else {
                    return None;
                };
                nodes[other]
                    .laid_out
                    .then_some((nodes[other].x, nodes[other].y))
            });
            let angle = unit_hash(e, 1) * std::f32::consts::TAU;
            let (x, y) = match anchor {
                Some((ax, ay)) => {
                    let r = 0.03 + 0.04 * unit_hash(e, 2);
                    (ax + r * angle.cos(), ay + r * angle.sin())
                }
                None => (0.5 + 0.45 * angle.cos(), 0.5 + 0.45 * angle.sin()),
            };
            nodes[i].x = x.clamp(0.0, 1.0);
            nodes[i].y = y.clamp(0.0, 1.0);
        }
        Network {
            nodes,
            edges,
            entities,
            left_out,
            edges_left_out,
        }
    }
}
