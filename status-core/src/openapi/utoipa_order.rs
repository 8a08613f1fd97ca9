//! Support for the warning `#[responds]` gives when `#[utoipa::path]` above it expanded first.
//! Not public API.
//!
//! utoipa leaves a `__path_NAME` struct beside the function it expands. For a handler whose
//! attributes held no `#[utoipa::path]`, `#[responds]` declares `__path_NAME` as an alias of
//! [`NoUtoipaPath`] in the constant's initializer, and names `__path_NAME` again from a block
//! inside it that glob-imports the module: a glob import shadows the outer block's alias, so
//! the name is utoipa's struct if the module has one. `Order::<__path_NAME>::responses_checked`
//! then resolves to the inherent function of `Order<NoUtoipaPath>`, or else to the deprecated
//! trait method, whose note is the warning. Everything but the alias and the one path is
//! shared, so each handler adds no type, impl or function of its own.

use core::marker::PhantomData;

/// Whatever `__path_NAME` named.
pub struct Order<T>(pub PhantomData<T>);

/// What `__path_NAME` names when the module has no struct of utoipa's by that name.
pub struct NoUtoipaPath;

impl Order<NoUtoipaPath> {
    /// The module has no `__path_NAME` of utoipa's: nothing to say.
    pub fn responses_checked(&self) {}
}

/// Chosen when `__path_NAME` is utoipa's struct.
pub trait UtoipaPathFirst {
    /// The warning.
    #[deprecated(
        note = "`#[utoipa::path]` on this handler expanded before `#[responds]`, so its `responses(...)` were neither checked against the contract nor completed; put `#[responds]` above `#[utoipa::path]` (if the two are kept apart on purpose, `#[allow(deprecated)]` on the handler silences this)"
    )]
    fn responses_checked(&self) {}
}

impl<T> UtoipaPathFirst for Order<T> {}

/// The same warning, in Korean, for the `ko` feature of the macros.
pub trait UtoipaPathFirstKo {
    /// The warning.
    #[deprecated(
        note = "이 핸들러의 `#[utoipa::path]`가 `#[responds]`보다 먼저 펼쳐져서, 그 `responses(...)`를 계약과 맞춰 보지도 채우지도 못했습니다. `#[responds]`를 `#[utoipa::path]` 위에 두세요(일부러 둘을 따로 둔 것이라면 핸들러의 `#[allow(deprecated)]`로 이 경고를 끌 수 있습니다)"
    )]
    fn responses_checked(&self) {}
}

impl<T> UtoipaPathFirstKo for Order<T> {}
