//! The TypeScript the UI compiles against, generated from the operation list: every request and
//! response type (and every type they contain), and the `Operations` interface the generated
//! client and the backend interface are typed by. `cargo test -p custody-app --test bindings`
//! fails when the committed file is stale.

use std::any::TypeId;
use std::collections::{BTreeMap, HashSet};

use ts_rs::{Config, TypeVisitor, TS};

/// The declarations met so far, by name (so the file's order is stable).
pub struct Declarations {
    cfg: Config,
    seen: HashSet<TypeId>,
    decls: BTreeMap<String, String>,
}

impl std::fmt::Debug for Declarations {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_list().entries(self.decls.keys()).finish()
    }
}

impl Default for Declarations {
    fn default() -> Self {
        Declarations {
            cfg: config(),
            seen: HashSet::new(),
            decls: BTreeMap::new(),
        }
    }
}

/// Large integers cross as `number` (row ids and counts stay far below 2^53).
pub fn config() -> Config {
    Config::new().with_large_int("number")
}

impl TypeVisitor for Declarations {
    fn visit<T: TS + 'static + ?Sized>(&mut self) {
        if !self.seen.insert(TypeId::of::<T>()) {
            return;
        }
        // Only named types are declared; `Vec<T>`, `Option<T>` and the like are spelled inline.
        // `JsonValue` is declared once at the top of the file (ts-rs would declare its own too).
        if T::output_path().is_some() {
            let name = T::ident(&self.cfg);
            if name != "JsonValue" {
                self.decls
                    .insert(name, format!("export {}", T::decl(&self.cfg)));
            }
        }
        T::visit_dependencies(self);
        T::visit_generics(self);
    }
}

impl Declarations {
    /// Declares `T` and everything it contains.
    pub fn add<T: TS + 'static + ?Sized>(&mut self) -> &mut Self {
        self.visit::<T>();
        self
    }
}

/// The whole `bindings.ts`: the types of every operation, those `extra` adds (a shell's own),
/// the `Operations` interface, and the list of operation names callable before sign-in.
pub fn typescript(extra: impl FnOnce(&mut Declarations)) -> String {
    let mut d = Declarations::default();
    d.add::<crate::ApiError>();
    crate::ops::visit_types(&mut d);
    extra(&mut d);
    let public: Vec<String> = crate::ops::OPERATIONS
        .iter()
        .filter(|o| o.access == crate::ops::Access::Public)
        .map(|o| format!("\"{}\"", o.name))
        .collect();
    format!(
        "// @generated from custody-api's operation list. Do not edit.\n// Regenerate with `make bindings`; `cargo test -p custody-app` fails when this file is stale.\n\nexport type JsonValue = number | string | boolean | Array<JsonValue> | {{ [key in string]?: JsonValue }} | null;\n\n{}\n\n{}\n\n/** The operations callable before anyone signs in. */\nexport const PUBLIC_OPERATIONS = [{}] as const;\n",
        d.decls.values().cloned().collect::<Vec<_>>().join("\n\n"),
        crate::ops::typescript_operations(&d.cfg),
        public.join(", ")
    )
}
