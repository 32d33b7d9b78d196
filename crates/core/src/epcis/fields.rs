//! The fields of an EPCIS event as both bindings name them: the event types read, the fields
//! that name no packs, and the lists whose identifiers are kept or only checked.

/// The event types EPCIS defines; an event of another type is refused.
pub(super) const EVENT_TYPES: &[&str] = &[
    "ObjectEvent",
    "AggregationEvent",
    "TransactionEvent",
    "TransformationEvent",
    "AssociationEvent",
];

/// Event fields that say nothing about which packs are concerned, read by neither reader.
pub(super) const OTHER_EVENT_FIELDS: &[&str] = &[
    "@context",
    "eventTimeZoneOffset",
    "eventID",
    "certificationInfo",
    "errorDeclaration",
    "readPoint",
    "bizLocation",
    "sourceList",
    "destinationList",
    "sensorElementList",
    "persistentDisposition",
    "transformationID",
];

/// How a field's identifiers are used: kept as the event's packs, or only checked (the inputs
/// of a transformation are consumed by it, so they are not what arrives).
#[derive(Clone, Copy, PartialEq, Eq)]
pub(super) enum Keep {
    Yes,
    CheckOnly,
}

/// Whether a field is an EPC list, and whether its identifiers are kept.
pub(super) fn epc_list_field(name: &str) -> Option<Keep> {
    match name {
        "epcList" | "childEPCs" | "outputEPCList" => Some(Keep::Yes),
        "inputEPCList" => Some(Keep::CheckOnly),
        _ => None,
    }
}

/// Whether a field is a quantity list, and whether its entries are kept.
pub(super) fn quantity_list_field(name: &str) -> Option<Keep> {
    match name {
        "quantityList" | "childQuantityList" | "outputQuantityList" => Some(Keep::Yes),
        "inputQuantityList" => Some(Keep::CheckOnly),
        _ => None,
    }
}

/// The field names the builder keys its duplicate check on, as `'static` strings.
pub(super) fn static_name(field: &str) -> &'static str {
    const NAMES: &[&str] = &[
        "epcList",
        "childEPCs",
        "outputEPCList",
        "inputEPCList",
        "quantityList",
        "childQuantityList",
        "outputQuantityList",
        "inputQuantityList",
    ];
    NAMES
        .iter()
        .find(|n| **n == field)
        .copied()
        .unwrap_or("epcList")
}
