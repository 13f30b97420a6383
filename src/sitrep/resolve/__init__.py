"""Resolution of mentions to things in the world: places (gazetteer, geocoder), actors."""
