//! Closed sets are stored as `DeriveActiveEnum`s (in `entity`) and shown as GraphQL enums
//! (in each domain): one macro keeps the two in step, variant by variant, so adding a value
//! to one without the other does not compile.

/// `From` both ways between a GraphQL enum and its stored twin, variant by variant.
macro_rules! mirror_enum {
    ($graphql:ident, $stored:path, [$($variant:ident),+ $(,)?]) => {
        impl From<$stored> for $graphql {
            fn from(value: $stored) -> Self {
                use $stored as Stored;
                match value {
                    $(Stored::$variant => Self::$variant,)+
                }
            }
        }

        impl From<$graphql> for $stored {
            fn from(value: $graphql) -> Self {
                match value {
                    $($graphql::$variant => Self::$variant,)+
                }
            }
        }
    };
}
pub(crate) use mirror_enum;
