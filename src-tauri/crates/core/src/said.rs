//! A refusal said to people: the English sentence the command line prints,
//! and the message id and arguments the screens' catalogue
//! (`ui/locales/*/*.ftl`) says it with in the staff's language.

use serde::Serialize;
use serde_json::{Map, Value};
use std::fmt;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Said {
    pub id: &'static str,
    /// Numbers stay numbers, so the catalogue picks plural forms; decimal
    /// amounts are strings the screens write in the locale's way.
    pub args: Map<String, Value>,
    english: String,
}

impl Said {
    pub fn new<'a>(
        id: &'static str,
        english: String,
        args: impl IntoIterator<Item = (&'a str, Value)>,
    ) -> Said {
        Said {
            id,
            args: args.into_iter().map(|(k, v)| (k.to_owned(), v)).collect(),
            english,
        }
    }

    /// A failure in someone else's words (the system's, a gateway's): the
    /// English is those words, and `id`'s sentence says them as `detail`.
    pub fn detail(id: &'static str, words: impl fmt::Display) -> Said {
        let english = words.to_string();
        Said::new(id, english.clone(), [("detail", Value::String(english))])
    }

    /// The same refusal with the command line's context before its
    /// English (`--item FW: `); the screens show the field it is about.
    pub fn prefixed(mut self, context: impl fmt::Display) -> Said {
        self.english = format!("{context}{}", self.english);
        self
    }
}

impl fmt::Display for Said {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.english)
    }
}

impl std::error::Error for Said {}

/// As its English: what the command line's JSON says, unchanged by the
/// screens' catalogue.
impl Serialize for Said {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&self.english)
    }
}

/// An argument as the catalogue takes it.
pub fn arg(value: &impl Serialize) -> Value {
    serde_json::to_value(value).unwrap_or(Value::Null)
}

/// `said!("error-sku-unknown", "no item has the SKU {sku}", sku = sku)`:
/// the arguments named once, for the English and for the catalogue.
#[macro_export]
macro_rules! said {
    ($id:literal, $english:literal $(, $name:ident = $value:expr)* $(,)?) => {{
        // All at once, so a value may use a name bound beside it; `x = x`
        // is the usual case, hence redundant_locals.
        #[allow(unused_parens, clippy::redundant_locals)]
        let ($($name),*) = ($($value),*);
        $crate::said::Said::new(
            $id,
            format!($english),
            [$( (stringify!($name), $crate::said::arg(&$name)) ),*],
        )
    }};
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    #[test]
    fn the_english_and_the_catalogues_arguments_come_from_the_same_figures() {
        let s = crate::said!(
            "error-sku-long",
            "the SKU {sku} is longer than {max} characters",
            sku = "FW",
            max = 32
        );
        assert_eq!(s.to_string(), "the SKU FW is longer than 32 characters");
        assert_eq!(s.id, "error-sku-long");
        assert_eq!(
            serde_json::Value::Object(s.args),
            json!({"sku": "FW", "max": 32})
        );
    }
}
