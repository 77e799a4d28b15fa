//! A bar chart in SVG, sized with SVG attributes (no inline styles): each bar a link with a
//! name, so that the chart works from the keyboard and reads as a list of values; a second,
//! stacked value is drawn in another colour.

use yew::prelude::*;

use crate::components::{compact_number, fixed, in_app};
use crate::explorer::Explorer;
use crate::state::Action;

/// One bar.
#[derive(Clone, Debug, PartialEq)]
pub struct Bar {
    /// Under the bar ("2024", "2024-05").
    pub label: String,
    /// The lower part, and a part stacked on it (0 for none).
    pub value: f64,
    pub stacked: f64,
    /// What a screen reader says and a tooltip shows: "2024: 12 passages".
    pub description: String,
    /// Where the bar leads, if anywhere.
    pub to: Option<Action>,
    pub selected: bool,
}

const HEIGHT: f64 = 180.0;
const TOP: f64 = 18.0;
const BOTTOM: f64 = 36.0;
/// Room for the axis label: "3.74 bn", "12.5 m", "9,999" at the tick size.
const LEFT: f64 = 50.0;
/// `TOP` and `HEIGHT` as attribute values.
const TOP_ATTR: &str = "18";
const HEIGHT_ATTR: &str = "180";

/// A chart named `title` whose bar heights read as `unit`; `legend` names the two stacked parts.
pub fn bar_chart(
    explorer: &Explorer,
    title: &str,
    bars: &[Bar],
    unit: &str,
    legend: Option<(&str, &str)>,
) -> Html {
    if bars.is_empty() {
        return html! {};
    }
    let n = bars.len();
    let step = if n > 60 {
        14.0
    } else if n > 24 {
        22.0
    } else {
        48.0
    };
    let width = (LEFT + step * n as f64 + 12.0).max(320.0);
    let max = bars
        .iter()
        .map(|b| b.value + b.stacked)
        .fold(0.0f64, f64::max)
        .max(f64::MIN_POSITIVE);
    let scale = |v: f64| v / max * HEIGHT;
    let every = n.div_ceil(24).max(1);
    let label_max = compact_number(max);
    html! {
        <figure class="chart">
            <div class={classes!("chart-scroll", (n > 24).then_some("wide"))}>
                <svg class="bar-chart" role="group" aria-label={title.to_string()}
                    width={fixed(width, 0)} height={fixed(TOP + HEIGHT + BOTTOM, 0)}
                    viewBox={format!("0 0 {} {}", fixed(width, 0), fixed(TOP + HEIGHT + BOTTOM, 0))}>
                    <line class="axis" x1={fixed(LEFT, 0)} x2={fixed(width - 6.0, 0)}
                        y1={fixed(TOP + HEIGHT, 0)} y2={fixed(TOP + HEIGHT, 0)} />
                    <text class="tick" x={fixed(LEFT - 6.0, 0)} y={fixed(TOP + 4.0, 0)} text-anchor="end" aria-hidden="true">{ label_max }</text>
                    <text class="tick" x={fixed(LEFT - 6.0, 0)} y={fixed(TOP + HEIGHT, 0)} text-anchor="end" aria-hidden="true">{ "0" }</text>
                    <line class="grid" x1={fixed(LEFT, 0)} x2={fixed(width - 6.0, 0)} y1={fixed(TOP, 0)} y2={fixed(TOP, 0)} />
                    { for bars.iter().enumerate().map(|(i, b)| {
                        let x = LEFT + step * i as f64 + step * 0.15;
                        let w = (step * 0.7).max(2.0);
                        let h1 = scale(b.value);
                        let h2 = scale(b.stacked);
                        let y1 = TOP + HEIGHT - h1;
                        let y2 = y1 - h2;
                        // Each attribute string once, shared by the rects (a chart has hundreds).
                        let xs = AttrValue::from(fixed(x, 1));
                        let ws = AttrValue::from(fixed(w, 1));
                        let description = AttrValue::from(b.description.clone());
                        let body = html! {
                            <>
                                <title>{ description.clone() }</title>
                                // An invisible full-height target, easier to hit than a thin bar.
                                <rect class="hit-area" x={xs.clone()} y={TOP_ATTR} width={ws.clone()} height={HEIGHT_ATTR} />
                                if h1 > 0.0 { <rect class="bar a" x={xs.clone()} y={fixed(y1, 1)} width={ws.clone()} height={fixed(h1, 1)} /> }
                                if h2 > 0.0 { <rect class="bar b" x={xs} y={fixed(y2, 1)} width={ws} height={fixed(h2, 1)} /> }
                                if i % every == 0 {
                                    <text class="tick" x={fixed(x + w / 2.0, 1)} y={fixed(TOP + HEIGHT + 14.0, 0)} text-anchor="middle" aria-hidden="true">{ &b.label }</text>
                                }
                            </>
                        };
                        let class = classes!("bar-group", b.selected.then_some("selected"));
                        match &b.to {
                            Some(to) => {
                                let href = explorer.href(to);
                                let onclick = {
                                    let explorer = explorer.clone();
                                    let to = to.clone();
                                    in_app(move || explorer.dispatch(to.clone()))
                                };
                                html! {
                                    <a {class} {href} {onclick} aria-label={description}
                                        aria-current={b.selected.then_some("true")}>{ body }</a>
                                }
                            }
                            None => html! { <g {class} role="img" aria-label={description}>{ body }</g> },
                        }
                    }) }
                </svg>
            </div>
            <figcaption>
                { title }{ " · bar height: " }{ unit }
                if let Some((a, b)) = legend {
                    <span class="legend">
                        <span class="swatch a" aria-hidden="true"></span>{ a }
                        <span class="swatch b" aria-hidden="true"></span>{ b }
                    </span>
                }
            </figcaption>
        </figure>
    }
}
