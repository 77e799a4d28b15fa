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

/// Keeps the first `k` elements of `v` in `compare`'s order, sorted, and drops the rest: what
/// `select_nth_unstable_by(k - 1, ..)`, `truncate(k)` and a sort do (linear before the sort of
/// the `k`), through the one compiled copy of each. `compare` must be a total order (ties
/// broken), as the standard library's select also needs for one result.
pub fn top_by<T>(v: &mut Vec<T>, k: usize, compare: &dyn Fn(&T, &T) -> Ordering) {
    keep_first(v, k, compare);
    sort_by(v, compare);
}

/// Keeps the first `k` elements of `v` in `compare`'s order, in the order they were in, and
/// drops the rest (linear): [`top_by`] without its sort.
pub fn keep_first<T>(v: &mut Vec<T>, k: usize, compare: &dyn Fn(&T, &T) -> Ordering) {
    if v.len() > k {
        let keep = first_positions(v.len(), k, &|a, b| compare(&v[a], &v[b]));
        let mut at = 0;
        v.retain(|_| {
            at += 1;
            keep[at - 1]
        });
    }
}

/// Which of the positions `0..n` are among the first `k` in the order `compare` gives them.
fn first_positions(n: usize, k: usize, compare: &dyn Fn(usize, usize) -> Ordering) -> Vec<bool> {
    let mut keep = vec![false; n];
    if k == 0 {
        return keep;
    }
    let mut order: Vec<usize> = (0..n).collect();
    order.select_nth_unstable_by(k - 1, |&a, &b| compare(a, b));
    for &i in &order[..k] {
        keep[i] = true;
    }
    keep
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

    /// `n` pairs of a pseudo-random key below `keys` (xorshift from `state`, so many repeats)
    /// and the pair's position.
    fn scrambled(state: &mut u64, n: usize, keys: u64) -> Vec<(u8, usize)> {
        (0..n)
            .map(|i| {
                *state ^= *state << 13;
                *state ^= *state >> 7;
                *state ^= *state << 17;
                ((*state % keys) as u8, i)
            })
            .collect()
    }

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
            let v = scrambled(&mut x, n, 7);
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

    #[test]
    fn top_and_keep_first_keep_what_select_and_truncate_keep() {
        let mut x: u64 = 0x2545_F491_4F6C_DD1D;
        for n in 0..120 {
            let v = scrambled(&mut x, n, 5);
            // Count descending, then position: a total order.
            let by = |a: &(u8, usize), b: &(u8, usize)| b.0.cmp(&a.0).then(a.1.cmp(&b.1));
            for k in [0, 1, 3, n / 2, n, n + 4] {
                let mut ours = v.clone();
                top_by(&mut ours, k, &by);
                let mut std_top = v.clone();
                std_top.sort_by(by);
                std_top.truncate(k);
                assert_eq!(ours, std_top, "n {n}, k {k}");
                // Without the sort: the same elements, in the order they were in.
                let mut kept = v.clone();
                keep_first(&mut kept, k, &by);
                let in_order: Vec<(u8, usize)> =
                    v.iter().filter(|x| std_top.contains(x)).copied().collect();
                assert_eq!(kept, in_order, "n {n}, k {k}");
            }
        }
    }
}
