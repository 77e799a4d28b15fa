//! The network's layout: positions for the [`NODES`] entities mentioned in the most passages,
//! by a force-directed layout (Fruchterman and Reingold, 1991) over their co-occurrences: edges
//! pull, every pair of nodes pushes, a weak pull to the centre keeps loose parts near, and the
//! steps shrink as it cools. Deterministic: nodes start on a spiral in order of strength, and
//! the same steps run every time (no randomness, sums in a fixed order).
//!
//! Written here rather than taken from a crate: the layout crates on crates.io bring a graph
//! library and a vector library for what is some sixty lines, and none promises the same result
//! on every build.

use crate::model::Corpus;
use crate::views::tables::LayoutNode;

/// Entities placed at most.
pub const NODES: usize = 400;
/// Steps of the simulation.
const STEPS: usize = 300;

/// Positions (0..=1) of the strongest entities, sorted by entity id.
pub fn build(corpus: &Corpus) -> Vec<LayoutNode> {
    let e_count = corpus.entities.len();
    // Strength: passages that mention the entity.
    let mut passages = vec![0u32; e_count];
    let mut last = vec![u32::MAX; e_count];
    for m in &corpus.mentions {
        let e = m.entity as usize;
        if e < e_count && last[e] != m.passage {
            last[e] = m.passage;
            passages[e] += 1;
        }
    }
    let mut nodes: Vec<u32> = (0..e_count as u32)
        .filter(|&e| passages[e as usize] > 0)
        .collect();
    nodes.sort_by(|&a, &b| {
        passages[b as usize]
            .cmp(&passages[a as usize])
            .then(a.cmp(&b))
    });
    nodes.truncate(NODES);
    let k = nodes.len();
    if k == 0 {
        return Vec::new();
    }
    let mut slot = vec![usize::MAX; e_count];
    for (i, &e) in nodes.iter().enumerate() {
        slot[e as usize] = i;
    }
    // Edges among the nodes, weighted by the log of their shared passages.
    let mut edges: Vec<(usize, usize, f32)> = corpus
        .relations
        .iter()
        .filter_map(|r| {
            let (a, b) = (*slot.get(r.a as usize)?, *slot.get(r.b as usize)?);
            (a != usize::MAX && b != usize::MAX)
                .then(|| (a.min(b), a.max(b), 1.0 + (r.passages as f32).ln()))
        })
        .collect();
    edges.sort_by_key(|x| (x.0, x.1));

    // Start on a golden-angle spiral, strongest in the middle.
    let mut pos: Vec<(f32, f32)> = (0..k)
        .map(|i| {
            let r = ((i as f32 + 0.5) / k as f32).sqrt();
            let a = i as f32 * 2.399_963;
            (r * a.cos(), r * a.sin())
        })
        .collect();
    // Ideal distance in a unit disc of k nodes.
    let ideal = (std::f32::consts::PI / k as f32).sqrt().max(1e-3);
    let mut disp = vec![(0f32, 0f32); k];
    for step in 0..STEPS {
        let temp = 0.1 * (1.0 - step as f32 / STEPS as f32) + 0.002;
        disp.iter_mut().for_each(|d| *d = (0.0, 0.0));
        for i in 0..k {
            for j in i + 1..k {
                let (dx, dy) = (pos[i].0 - pos[j].0, pos[i].1 - pos[j].1);
                let d2 = (dx * dx + dy * dy).max(1e-6);
                let f = ideal * ideal / d2;
                disp[i].0 += dx * f;
                disp[i].1 += dy * f;
                disp[j].0 -= dx * f;
                disp[j].1 -= dy * f;
            }
        }
        for &(a, b, w) in &edges {
            let (dx, dy) = (pos[a].0 - pos[b].0, pos[a].1 - pos[b].1);
            let d = (dx * dx + dy * dy).sqrt().max(1e-3);
            let f = w * d / ideal;
            disp[a].0 -= dx * f;
            disp[a].1 -= dy * f;
            disp[b].0 += dx * f;
            disp[b].1 += dy * f;
        }
        for i in 0..k {
            // Gravity towards the centre.
            let (x, y) = pos[i];
            disp[i].0 -= x * 2.0 * k as f32 * ideal;
            disp[i].1 -= y * 2.0 * k as f32 * ideal;
            let (dx, dy) = disp[i];
            let len = (dx * dx + dy * dy).sqrt();
            if len > 0.0 {
                let m = len.min(temp) / len;
                pos[i].0 += dx * m;
                pos[i].1 += dy * m;
            }
        }
    }
    // Into 0.05..=0.95 both ways, keeping the aspect.
    let (mut lo_x, mut hi_x, mut lo_y, mut hi_y) = (f32::MAX, f32::MIN, f32::MAX, f32::MIN);
    for &(x, y) in &pos {
        lo_x = lo_x.min(x);
        hi_x = hi_x.max(x);
        lo_y = lo_y.min(y);
        hi_y = hi_y.max(y);
    }
    let span = (hi_x - lo_x).max(hi_y - lo_y).max(1e-6);
    let (cx, cy) = ((lo_x + hi_x) / 2.0, (lo_y + hi_y) / 2.0);
    let mut out: Vec<LayoutNode> = nodes
        .iter()
        .zip(&pos)
        .map(|(&entity, &(x, y))| LayoutNode {
            entity,
            x: 0.5 + 0.9 * (x - cx) / span,
            y: 0.5 + 0.9 * (y - cy) / span,
        })
        .collect();
    out.sort_by_key(|n| n.entity);
    out
}

#[cfg(test)]
mod tests {
    use crate::analyze::testing::{compile, doc};
    use crate::config::Config;

    fn corpus() -> crate::model::Corpus {
        compile(
            &[doc(
                "Azerbaijan and China met in Baku.\n\nAzerbaijan and China agreed.\n\nRussia and Kazakhstan spoke in Astana.\n\nRussia and Kazakhstan agreed.",
            )],
            &Config::default(),
        )
    }

    #[test]
    fn every_strong_entity_is_placed_inside_the_square() {
        let c = corpus();
        let l = &c.views.layout;
        assert_eq!(l.len(), c.entities.len());
        assert!(l.windows(2).all(|w| w[0].entity < w[1].entity));
        for n in l {
            assert!(
                (0.0..=1.0).contains(&n.x) && (0.0..=1.0).contains(&n.y),
                "{n:?}"
            );
        }
    }

    #[test]
    fn linked_entities_end_up_closer_than_unlinked_ones() {
        let c = corpus();
        let at = |name: &str| {
            let e = c.entities.iter().position(|e| e.name == name).unwrap() as u32;
            let n = c.views.layout.iter().find(|n| n.entity == e).unwrap();
            (n.x, n.y)
        };
        let d = |a: (f32, f32), b: (f32, f32)| ((a.0 - b.0).powi(2) + (a.1 - b.1).powi(2)).sqrt();
        let (az, cn, ru) = (at("Azerbaijan"), at("China"), at("Russia"));
        assert!(d(az, cn) < d(az, ru), "{az:?} {cn:?} {ru:?}");
    }

    #[test]
    fn the_layout_is_the_same_every_time() {
        assert_eq!(corpus().views.layout, corpus().views.layout);
    }
}
