//! The item `#[responds]` is put on: a free function, an `async fn`, or a method in an `impl`
//! or `trait` block, with or without a body.

use proc_macro2::TokenStream;
use syn::{Attribute, Block, Item, ItemFn, ReturnType, Signature, TraitItemFn, Type, Visibility};

/// A function, as much of it as the attribute reads and re-emits.
pub struct Handler {
    pub attrs: Vec<Attribute>,
    pub vis: Visibility,
    pub sig: Signature,
    /// `None` for a trait method declared without a default body.
    pub body: Option<Block>,
}

/// The handler, or a short description of the item that is not one ("a struct").
pub fn parse_handler(item: TokenStream) -> Result<Handler, &'static str> {
    if let Ok(function) = syn::parse2::<ItemFn>(item.clone()) {
        return Ok(Handler {
            attrs: function.attrs,
            vis: function.vis,
            sig: function.sig,
            body: Some(*function.block),
        });
    }
    if let Ok(method) = syn::parse2::<TraitItemFn>(item.clone()) {
        return Ok(Handler {
            attrs: method.attrs,
            vis: Visibility::Inherited,
            sig: method.sig,
            body: method.default,
        });
    }
    Err(match syn::parse2::<Item>(item) {
        Ok(Item::Struct(_)) => "a struct",
        Ok(Item::Enum(_)) => "an enum",
        Ok(Item::Union(_)) => "a union",
        Ok(Item::Trait(_)) => "a trait",
        Ok(Item::Impl(_)) => "an impl block",
        Ok(Item::Mod(_)) => "a module",
        Ok(Item::Const(_)) => "a constant",
        Ok(Item::Static(_)) => "a static",
        Ok(Item::Type(_)) => "a type alias",
        Ok(Item::Use(_)) => "a use declaration",
        _ => "this item",
    })
}

impl Handler {
    /// The function's name as written, without any `r#`.
    pub fn name(&self) -> String {
        let name = self.sig.ident.to_string();
        name.strip_prefix("r#").map(str::to_owned).unwrap_or(name)
    }

    /// The return type, unless it is `()` (written or implied).
    pub fn return_type(&self) -> Option<&Type> {
        match &self.sig.output {
            ReturnType::Type(_, ty) if !matches!(ty.as_ref(), Type::Tuple(tuple) if tuple.elems.is_empty()) => {
                Some(ty)
            }
            _ => None,
        }
    }
}
