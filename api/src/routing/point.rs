//! A validated WGS84 point: parse, don't validate.

use crate::error::AppError;

/// A WGS84 position with latitude in [-90, 90] and longitude in [-180, 180].
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct GeoPoint {
    /// Latitude, WGS 84 degrees.
    latitude: f64,
    /// Longitude, WGS 84 degrees.
    longitude: f64,
}

impl GeoPoint {
    /// Checks ranges and finiteness; the error names the offending field.
    pub fn new(latitude: f64, longitude: f64) -> Result<Self, AppError> {
        if !latitude.is_finite() || !(-90.0..=90.0).contains(&latitude) {
            return Err(AppError::bad_input("latitude", "La latitude doit être comprise entre -90 et 90."));
        }
        if !longitude.is_finite() || !(-180.0..=180.0).contains(&longitude) {
            return Err(AppError::bad_input(
                "longitude",
                "La longitude doit être comprise entre -180 et 180.",
            ));
        }
        Ok(Self { latitude, longitude })
    }

    pub fn latitude(self) -> f64 {
        self.latitude
    }

    pub fn longitude(self) -> f64 {
        self.longitude
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::error::ErrorCode;

    #[test]
    fn a_point_in_range_is_accepted() {
        let point = GeoPoint::new(47.64, 6.86).expect("valid");
        assert_eq!((point.latitude(), point.longitude()), (47.64, 6.86));
    }

    #[test]
    fn an_out_of_range_latitude_names_the_latitude_field() {
        let error = GeoPoint::new(91.0, 6.0).expect_err("invalid");
        assert_eq!(error.code(), ErrorCode::BadUserInput);
        assert!(matches!(error, AppError::BadUserInput { ref field, .. } if field == "latitude"));
    }

    #[test]
    fn a_nan_longitude_is_refused() {
        let error = GeoPoint::new(47.0, f64::NAN).expect_err("invalid");
        assert!(matches!(error, AppError::BadUserInput { ref field, .. } if field == "longitude"));
    }
}
