//! A number as read from text: exact, or an interval for vague amounts ("dozens").

use serde::Serialize;

/// A number: exact (`value`) or vague (an interval only). As read from text it comes before any
/// qualifier; a figure's amount has its qualifier applied ("at least 164" = 164–∞).
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct Amount {
    pub value: Option<f64>,
    pub low: f64,
    pub high: f64,
}

impl Amount {
    pub fn exact(v: f64) -> Amount {
        Amount {
            value: Some(v),
            low: v,
            high: v,
        }
    }

    pub fn vague(low: f64, high: f64) -> Amount {
        Amount {
            value: None,
            low,
            high,
        }
    }

    /// The amount below zero ("minus 3"): its interval mirrored.
    pub fn negated(self) -> Amount {
        Amount {
            value: self.value.map(|v| -v),
            low: -self.high,
            high: -self.low,
        }
    }

    /// The amount times `m` ("1.5" and "million"), without float noise (4.1 × 10⁶ = 4,100,000).
    pub fn scaled(self, m: f64) -> Amount {
        Amount {
            value: self.value.map(|v| tidy(v * m)),
            low: tidy(self.low * m),
            high: tidy(self.high * m),
        }
    }
}

/// A product like 4099999.9999999995 back to the whole number it stands for.
fn tidy(x: f64) -> f64 {
    let r = x.round();
    if x.is_finite() && (x - r).abs() < 1e-6 * x.abs().max(1.0) && x.abs() >= 1.0 {
        r
    } else {
        x
    }
}
