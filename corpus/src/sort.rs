//! Sorting through one compiled copy of the sort algorithm: the order is found by sorting
//! positions (`usize`) with the comparison passed as a `&dyn Fn`, then the elements are moved into
//! that order. Each `slice::sort_by` with a closure of its own is a separate copy of the whole
//! sort (some 3 to 7 KB of WebAssembly each, over 200 KB for the app's sorts); the views, facets
//! and suggestions sort lists of at most a few thousand elements, where the indirect call and
//! the extra pass cost nothing measurable. Hot loops of the search keep their own sorts.

use std::cmp::Ordering;

/// Sorts `v` by `compare`, stably (equal elements keep their order), like `slice::sort_by`.
pub fn sort_by<T>(v: &mut [T], compare: &dyn Fn(&T, &T) -> Ordering) {
    let order = sorted_positions(v.len(), &|a, b| compare(&v[a], &v[b]));
    permute(v, order);
}

/// Sorts `v` by the key `key` gives, stably, like `slice::sort_by_key`.
pub fn sort_by_key<T, K: Ord>(v: &mut [T], key: &dyn Fn(&T) -> K) {
    sort_by(v, &|a, b| key(a).cmp(&key(b)));
}

/// Sorts `v` in its natural order, stably, like `slice::sort`.
pub fn sort<T: Ord>(v: &mut [T]) {
    sort_by(v, &|a, b| a.cmp(b));
}

/// The positions `0..n` in the order `compare` gives them (stable).
fn sorted_positions(n: usize, compare: &dyn Fn(usize, usize) -> Ordering) -> Vec<usize> {
    let mut order: Vec<usize> = (0..n).collect();
    order.sort_by(|&a, &b| compare(a, b));
    order
}

/// Rearranges `v` so that position `i` holds what was at `order[i]`, by following the cycles
/// of the permutation (each element moves once).
fn permute<T>(v: &mut [T], mut order: Vec<usize>) {
    for i in 0..v.len() {
        let mut j = i;
        loop {
            let k = order[j];
            order[j] = j;
            if k == i {
                break;
            }
            v.swap(j, k);
            j = k;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn equal_elements_keep_their_order() {
        let mut v = vec![(2, 'a'), (1, 'b'), (2, 'c'), (1, 'd')];
        sort_by(&mut v, &|x, y| x.0.cmp(&y.0));
        assert_eq!(v, vec![(1, 'b'), (1, 'd'), (2, 'a'), (2, 'c')]);
        sort_by_key(&mut v, &|x| std::cmp::Reverse(x.0));
        assert_eq!(v, vec![(2, 'a'), (2, 'c'), (1, 'b'), (1, 'd')]);
    }

    #[test]
    fn the_result_is_the_standard_library_sort_for_any_list() {
        // A fixed pseudo-random sequence with many repeats, of every length up to 200.
        let mut x: u64 = 0x9E37_79B9_7F4A_7C15;
        for n in 0..200 {
            let v: Vec<(u8, usize)> = (0..n)
                .map(|i| {
                    x ^= x << 13;
                    x ^= x >> 7;
                    x ^= x << 17;
                    ((x % 7) as u8, i)
                })
                .collect();
            let mut ours = v.clone();
            let mut std_sorted = v;
            sort_by(&mut ours, &|a, b| a.0.cmp(&b.0));
            std_sorted.sort_by_key(|a| a.0);
            assert_eq!(ours, std_sorted);
        }
        let mut words = vec!["pear", "apple", "fig", "apple"];
        sort(&mut words);
        assert_eq!(words, ["apple", "apple", "fig", "pear"]);
    }
}
