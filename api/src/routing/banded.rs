//! One polygon (exterior and holes together) as latitude bands of edges: the crossing test
//! of a point looks only at the few edges of its band. Edges keep their endpoints in a
//! canonical order, so two neighbours sharing a border compute the very same crossing.

use geo::Coord;

/// Roughly how many edges one latitude band holds; smaller bands mean fewer edges tested
/// per lookup and more memory.
const EDGES_PER_BAND: usize = 4;
const MAX_BANDS: usize = 8192;
/// An edge with `y0 <= y1` (canonical order).
#[derive(Clone, Copy, Debug)]
struct Edge {
    x0: f64,
    y0: f64,
    x1: f64,
    y1: f64,
}

impl Edge {
    fn new(a: Coord<f64>, b: Coord<f64>) -> Self {
        let (a, b) = if (a.y, a.x) <= (b.y, b.x) { (a, b) } else { (b, a) };
        Self { x0: a.x, y0: a.y, x1: b.x, y1: b.y }
    }

    /// Where this edge crosses latitude `y`, if it spans it (half-open in y).
    #[inline]
    fn crossing(&self, y: f64) -> Option<f64> {
        if (self.y0 > y) == (self.y1 > y) {
            return None;
        }
        Some(self.x0 + (y - self.y0) * (self.x1 - self.x0) / (self.y1 - self.y0))
    }

    /// Whether a ray from `(x, y)` towards +x crosses this edge (half-open in y).
    #[inline]
    fn crosses_ray_from(&self, x: f64, y: f64) -> bool {
        self.crossing(y).is_some_and(|at| x < at)
    }
}

/// One polygon (exterior and holes together: even-odd over all rings), banded by latitude.
#[derive(Debug)]
pub(super) struct BandedPolygon {
    pub(super) min_y: f64,
    pub(super) max_y: f64,
    bands_per_degree: f64,
    band_count: usize,
    /// `offsets[b]..offsets[b + 1]` indexes `edges` for band `b`.
    offsets: Vec<u32>,
    edges: Vec<Edge>,
}

impl BandedPolygon {
    pub(super) fn new(polygon: &geo::Polygon<f64>) -> Option<Self> {
        let rings = std::iter::once(polygon.exterior()).chain(polygon.interiors());
        let edges: Vec<Edge> = rings
            .flat_map(|ring| ring.lines())
            .filter(|line| line.start.y != line.end.y)
            .map(|line| Edge::new(line.start, line.end))
            .collect();
        let min_y = edges.iter().map(|edge| edge.y0).fold(f64::INFINITY, f64::min);
        let max_y = edges.iter().map(|edge| edge.y1).fold(f64::NEG_INFINITY, f64::max);
        if edges.is_empty() || max_y <= min_y {
            return None;
        }
        let band_count = (edges.len() / EDGES_PER_BAND).clamp(1, MAX_BANDS);
        let bands_per_degree = band_count as f64 / (max_y - min_y);
        let mut banded = Self {
            min_y,
            max_y,
            bands_per_degree,
            band_count,
            offsets: Vec::with_capacity(band_count + 1),
            edges: Vec::new(),
        };
        let mut per_band: Vec<Vec<Edge>> = vec![Vec::new(); band_count];
        for edge in edges {
            let (first, last) = (banded.band_of(edge.y0), banded.band_of(edge.y1));
            per_band[first..=last].iter_mut().for_each(|band| band.push(edge));
        }
        banded.offsets.push(0);
        for band in per_band {
            banded.edges.extend(band);
            // Bounded by MAX_BANDS × edges of one commune: far below u32::MAX.
            banded.offsets.push(u32::try_from(banded.edges.len()).unwrap_or(u32::MAX));
        }
        // Grown band by band: give back the slack (up to half of it, for all of France).
        banded.edges.shrink_to_fit();
        Some(banded)
    }

    /// The band of a latitude; monotonic in `y`, so an edge spanning `y` is always filed
    /// under `y`'s band.
    #[inline]
    fn band_of(&self, y: f64) -> usize {
        let band = ((y - self.min_y) * self.bands_per_degree) as usize;
        band.min(self.band_count - 1)
    }

    /// Where the ray test's edges cross latitude `y`, sorted: `contains(x, y)` is true when
    /// an odd number of them lie strictly right of `x`. Empty outside the polygon's span.
    pub(super) fn crossings(&self, y: f64, into: &mut Vec<f64>) {
        into.clear();
        if y < self.min_y || y >= self.max_y {
            return;
        }
        let band = self.band_of(y);
        let (start, end) = (self.offsets[band] as usize, self.offsets[band + 1] as usize);
        into.extend(self.edges[start..end].iter().filter_map(|edge| edge.crossing(y)));
        into.sort_unstable_by(f64::total_cmp);
    }

    pub(super) fn contains(&self, x: f64, y: f64) -> bool {
        if y < self.min_y || y >= self.max_y {
            return false;
        }
        let band = self.band_of(y);
        let (start, end) = (self.offsets[band] as usize, self.offsets[band + 1] as usize);
        self.edges[start..end].iter().filter(|edge| edge.crosses_ray_from(x, y)).count() % 2 == 1
    }

    /// Its extent in longitude.
    pub(super) fn x_range(&self) -> (f64, f64) {
        self.edges
            .iter()
            .flat_map(|edge| [edge.x0, edge.x1])
            .fold((f64::INFINITY, f64::NEG_INFINITY), |(lo, hi), x| (lo.min(x), hi.max(x)))
    }

    /// Heap bytes held (edges, copied into each band they span, and band offsets).
    pub(super) fn heap_bytes(&self) -> usize {
        self.edges.capacity() * size_of::<Edge>() + self.offsets.capacity() * size_of::<u32>()
    }
}
