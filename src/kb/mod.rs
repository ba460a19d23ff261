//! Knowledge base: embedded, offline facts about well-known names —
//! countries, cities, organisations and popular Wikipedia titles — for
//! links, types and hover-card descriptions.
