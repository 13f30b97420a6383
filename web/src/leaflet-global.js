// leaflet.markercluster extends a global `L`: expose Leaflet before it is imported.
import L from "leaflet";

window.L = L;
export default L;
