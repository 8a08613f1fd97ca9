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

/// Why the item is not a handler this attribute can read.
pub enum NotAHandler {
    /// Another kind of item, described for the message ("a struct").
    Item(&'static str),
    /// A function syn cannot read; its error points at the place.
    Unreadable(syn::Error),
}

/// The handler, or why the item is not one.
pub fn parse_handler(item: TokenStream) -> Result<Handler, NotAHandler> {
    let function_error = match syn::parse2::<ItemFn>(item.clone()) {
        Ok(function) => {
            return Ok(Handler {
                attrs: function.attrs,
                vis: function.vis,
                sig: function.sig,
                body: Some(*function.block),
            })
        }
        Err(error) => error,
    };
    if let Ok(method) = syn::parse2::<TraitItemFn>(item.clone()) {
        return Ok(Handler {
            attrs: method.attrs,
            vis: Visibility::Inherited,
            sig: method.sig,
            body: method.default,
        });
    }
    let names_fn = item
        .clone()
        .into_iter()
        .any(|tree| matches!(tree, proc_macro2::TokenTree::Ident(ident) if ident == "fn"));
    if names_fn && syn::parse2::<Item>(item.clone()).is_err() {
        return Err(NotAHandler::Unreadable(function_error));
    }
    Err(NotAHandler::Item(match syn::parse2::<Item>(item) {
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
    }))
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
