//! The network: who appears with whom. Entities of the selected passages as nodes (size by
//! mentions, colour by kind) at the places the build's layout gave them, links by shared
//! passages (width by count). Hovering or focusing a node shows its neighbours; a node opens
//! its entity's page. The same data as a table for the keyboard and screen readers.

use std::rc::Rc;

use corpus::views::network::MAX_NODES;
use corpus::views::Network;
use yew::prelude::*;

use crate::components::downloads::entity_downloads;
use crate::components::in_app;
use crate::components::link::entity_link;
use crate::components::views::view_header;
use crate::components::{fixed, plural};
use crate::explorer::{use_explorer, use_selection, ByPtr};

const W: f64 = 1000.0;
const H: f64 = 640.0;
const MARGIN: f64 = 40.0;
/// Links drawn at most (the strongest); the table has them all.
const DRAWN_EDGES: usize = 600;
/// Nodes labelled at most (the most mentioned), besides the focused node and its neighbours.
const LABELS: usize = 25;
/// Of those, the ones still labelled at phone width, where the drawing is a third of its size and
/// the labels are drawn larger (the others carry `minor`, which the style sheet hides there).
const PHONE_LABELS: usize = 8;
/// Rows of the table at first, and added by each "Show more".
const ROWS: usize = 100;

fn place(x: f32, y: f32) -> (f64, f64) {
    (
        MARGIN + x.clamp(0.0, 1.0) as f64 * (W - 2.0 * MARGIN),
        MARGIN + y.clamp(0.0, 1.0) as f64 * (H - 2.0 * MARGIN),
    )
}

/// The label's size in drawing units: the style sheet's 13 px, and 30 px for the labels still
/// shown at phone width (where the drawing is about a third of its size).
const LABEL_SIZE: f64 = 13.0;
const PHONE_LABEL_SIZE: f64 = 30.0;
/// A generous average advance of a character, in ems, so that a label estimated to fit does.
const ADVANCE: f64 = 0.62;

/// A node's label, kept within the drawing: right of the node where it fits, else left of it,
/// else centred below it, and a name too long for any of these cut with an ellipsis (the node's
/// link names it whole).
fn label(name: &str, x: f64, y: f64, r: f64, minor: bool) -> Html {
    let size = if minor { LABEL_SIZE } else { PHONE_LABEL_SIZE };
    let room = W - 8.0;
    let fits = (room / (size * ADVANCE)) as usize;
    let chars = name.chars().count();
    let text: AttrValue = if chars > fits {
        let mut cut: String = name.chars().take(fits.saturating_sub(1)).collect();
        cut.push('…');
        cut.into()
    } else {
        AttrValue::from(name.to_string())
    };
    let w = chars.min(fits) as f64 * size * ADVANCE;
    let class = minor.then_some("minor");
    if x + r + 3.0 + w <= W - 4.0 {
        html! { <text {class} x={fixed(x + r + 3.0, 1)} y={fixed(y + 4.0, 1)} aria-hidden="true">{ text }</text> }
    } else if x - r - 3.0 - w >= 4.0 {
        html! { <text {class} x={fixed(x - r - 3.0, 1)} y={fixed(y + 4.0, 1)} text-anchor="end" aria-hidden="true">{ text }</text> }
    } else {
        let cx = x.clamp(4.0 + w / 2.0, W - 4.0 - w / 2.0);
        html! {
            <text {class} x={fixed(cx, 1)} y={fixed(y + r + 2.0, 1)} text-anchor="middle" dominant-baseline="hanging"
                aria-hidden="true">{ text }</text>
        }
    }
}

#[function_component]
pub fn NetworkView() -> Html {
    let explorer = use_explorer();
    let selection = use_selection();
    let corpus = explorer.corpus;
    let network = explorer.cache.network.get(ByPtr(selection.clone()), |s| {
        explorer.views.network(&s.0, MAX_NODES)
    });
    let focus = use_state(|| None::<usize>);
    {
        let focus = focus.clone();
        use_effect_with(selection.clone(), move |_| focus.set(None));
    }
    // What each node links to, computed once per network and state rather than on every focus.
    let hrefs = {
        let explorer = explorer.clone();
        use_memo(
            (ByPtr(network.clone()), (*explorer.state).clone()),
            move |(net, _)| {
                let net = &net.0;
                net.nodes
                    .iter()
                    .map(|n| AttrValue::from(explorer.href(&explorer.entity_action(n.entity))))
                    .collect::<Vec<_>>()
            },
        )
    };
    let net: &Network = &network;
    let scope = format!(
        "{} · {} of {} shown{}",
        selection.describe(),
        plural(net.nodes.len(), "name", "names"),
        net.entities,
        if net.left_out > 0 {
            format!(
                " ({} left out: the network shows the {MAX_NODES} in the most passages)",
                net.left_out
            )
        } else {
            String::new()
        }
    );
    let focused = focus.filter(|&i| i < net.nodes.len());
    let neighbours: Vec<(usize, u32)> = focused.map(|i| net.neighbours(i)).unwrap_or_default();
    let max_mentions = net
        .nodes
        .iter()
        .map(|n| n.mentions)
        .max()
        .unwrap_or(1)
        .max(1) as f64;
    let mut labelled: Vec<bool> = (0..net.nodes.len()).map(|i| i < LABELS).collect();
    if let Some(f) = focused {
        labelled[f] = true;
        for &(n, _) in &neighbours {
            labelled[n] = true;
        }
    }
    let near: Vec<bool> = {
        let mut v = vec![false; net.nodes.len()];
        for &(n, _) in &neighbours {
            v[n] = true;
        }
        v
    };
    let blur = {
        let focus = focus.clone();
        Callback::from(move |_| focus.set(None))
    };

    html! {
        <section class="network-view">
            { view_header(&explorer, "Network", Some(scope), html! {
                { entity_downloads(&explorer, &selection) }
            }) }
            if net.nodes.is_empty() {
                <p class="notice empty">{ "No person, organisation or place is mentioned in the selected passages." }</p>
            } else {
                <div class="network-layout">
                    <figure class="network-figure">
                        <svg class={classes!("network", focused.is_some().then_some("focusing"))} role="group"
                            aria-label={format!("Network of {} names; each node is a link to its page", net.nodes.len())}
                            viewBox={format!("0 0 {} {}", fixed(W, 0), fixed(H, 0))} width={fixed(W, 0)} height={fixed(H, 0)}
                            preserveAspectRatio="xMidYMid meet">
                            <Edges network={network.clone()} />
                            if let Some(f) = focused {
                                <g class="edges hl" aria-hidden="true">
                                    { for neighbours.iter().map(|&(n, w)| {
                                        let (x1, y1) = place(net.nodes[f].x, net.nodes[f].y);
                                        let (x2, y2) = place(net.nodes[n].x, net.nodes[n].y);
                                        html! { <line x1={fixed(x1, 1)} y1={fixed(y1, 1)} x2={fixed(x2, 1)} y2={fixed(y2, 1)}
                                            stroke-width={fixed(1.5 + (w as f64).sqrt(), 1)} /> }
                                    }) }
                                </g>
                            }
                            <g class="nodes">
                                { for net.nodes.iter().enumerate().map(|(i, n)| {
                                    let (x, y) = place(n.x, n.y);
                                    let r = 4.0 + 14.0 * (n.mentions as f64 / max_mentions).sqrt();
                                    let minor = i >= PHONE_LABELS;
                                    let e = &corpus.entities[n.entity as usize];
                                    let href = hrefs[i].clone();
                                    let onclick = {
                                        let explorer = explorer.clone();
                                        let entity = n.entity;
                                        in_app(move || explorer.dispatch(explorer.entity_action(entity)))
                                    };
                                    let enter = {
                                        let focus = focus.clone();
                                        Callback::from(move |_: MouseEvent| focus.set(Some(i)))
                                    };
                                    let onfocus = {
                                        let focus = focus.clone();
                                        Callback::from(move |_: FocusEvent| focus.set(Some(i)))
                                    };
                                    let class = classes!(
                                        "node", e.kind.name(),
                                        (focused == Some(i)).then_some("focused"),
                                        near[i].then_some("near")
                                    );
                                    html! {
                                        <a {class} {href} {onclick} onmouseenter={enter} {onfocus}
                                            aria-label={format!("{} ({}), {}", e.name, e.kind.name(), plural(n.passages as usize, "passage", "passages"))}>
                                            <circle cx={fixed(x, 1)} cy={fixed(y, 1)} r={fixed(r, 1)} />
                                            if labelled[i] {
                                                { label(&e.name, x, y, r, minor) }
                                            }
                                        </a>
                                    }
                                }) }
                            </g>
                        </svg>
                        <figcaption>
                            { "Node size: mentions · link width: passages shared · colour: " }
                            <span class="entity person">{ "person" }</span>{ ", " }
                            <span class="entity organization">{ "organisation" }</span>{ ", " }
                            <span class="entity place">{ "place" }</span>
                            if net.edges.len() > DRAWN_EDGES {
                                { format!(" · the {DRAWN_EDGES} strongest of {} links are drawn; the table has them all", net.edges.len()) }
                            }
                        </figcaption>
                    </figure>
                    <div class="neighbours" role="region" aria-live="polite" aria-label="Neighbours">
                        if let Some(f) = focused {
                            <h2>{ entity_link(&explorer, net.nodes[f].entity, None) }</h2>
                            <p class="note">{ format!("Found with {}:", plural(neighbours.len(), "name", "names")) }</p>
                            <ul class="plain">
                                { for neighbours.iter().take(30).map(|&(n, w)| html! {
                                    <li>{ entity_link(&explorer, net.nodes[n].entity, None) }<span class="count">{ format!(" {w}") }</span></li>
                                }) }
                            </ul>
                            <button type="button" class="link" onclick={blur}>{ "Clear" }</button>
                        } else {
                            <p class="note">{ "Point at or tab to a name to see who appears with it." }</p>
                        }
                    </div>
                </div>
                <Pairs network={network.clone()} />
            }
        </section>
    }
}

/// The pairs as a table, a component of its own so that focusing a node does not redraw it.
#[function_component]
fn Pairs(props: &EdgesProps) -> Html {
    let explorer = use_explorer();
    let rows_shown = use_state(|| ROWS);
    {
        let rows_shown = rows_shown.clone();
        use_effect_with(props.network.clone(), move |_| rows_shown.set(ROWS));
    }
    let rows = {
        let net = props.network.clone();
        use_memo(net, |net| net.rows())
    };
    let more_rows = {
        let rows_shown = rows_shown.clone();
        Callback::from(move |_| rows_shown.set(*rows_shown + ROWS))
    };
    html! {
        <section aria-labelledby="pairs-h">
            <h2 id="pairs-h">{ format!("Pairs found together ({})", rows.len()) }</h2>
            <table class="data">
                <thead><tr>
                    <th scope="col">{ "Name" }</th><th scope="col">{ "Found with" }</th><th scope="col" class="num">{ "Passages" }</th>
                </tr></thead>
                <tbody>
                    { for rows.iter().take(*rows_shown).map(|r| html! {
                        <tr><td>{ entity_link(&explorer, r.a, None) }</td><td>{ entity_link(&explorer, r.b, None) }</td><td class="num">{ r.passages }</td></tr>
                    }) }
                </tbody>
            </table>
            if rows.len() > *rows_shown {
                <button class="more" onclick={more_rows}>{ format!("Show more ({} of {})", *rows_shown, rows.len()) }</button>
            }
        </section>
    }
}

#[derive(Properties)]
struct EdgesProps {
    network: Rc<Network>,
}

impl PartialEq for EdgesProps {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.network, &other.network)
    }
}

/// The links, drawn once per network (hovering redraws only the highlighted ones).
#[function_component]
fn Edges(props: &EdgesProps) -> Html {
    let net = &props.network;
    let max = net
        .edges
        .iter()
        .map(|e| e.passages)
        .max()
        .unwrap_or(1)
        .max(1) as f64;
    html! {
        <g class="edges" aria-hidden="true">
            { for net.edges.iter().take(DRAWN_EDGES).map(|e| {
                let (x1, y1) = place(net.nodes[e.a].x, net.nodes[e.a].y);
                let (x2, y2) = place(net.nodes[e.b].x, net.nodes[e.b].y);
                html! { <line x1={fixed(x1, 1)} y1={fixed(y1, 1)} x2={fixed(x2, 1)} y2={fixed(y2, 1)}
                    stroke-width={fixed(0.5 + 4.0 * e.passages as f64 / max, 2)} /> }
            }) }
        </g>
    }
}
