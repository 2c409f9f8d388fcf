/*
 * Bản đồ địa chính / Cadastral map: landinfo's own WMS (/ogc/wms) and vector tiles (/tiles) in
 * Leaflet, EPSG:3857, with no base map from the internet. A click asks the WMS GetFeatureInfo for the
 * parcel under it. The view is kept in the address as #zoom/latitude/longitude.
 */
(function () {
    'use strict';

    // The application's root, so the page works under any context path (it lives in <root>/map/).
    var ROOT = new URL('../', window.location.href).href;
    var START_ZOOM = 17;
    var MIN_ZOOM = 5;
    var MAX_ZOOM = 20;
    /** The WMS draws parcels up to 1:25 000, which Web Mercator zoom 15 is within. */
    var PARCELS_FROM_ZOOM = 15;
    /** The last zoom of the communes' vector tiles (their TileJSON maxzoom); beyond, they are stretched. */
    var COMMUNES_MAX_ZOOM = 16;
    var ATTRIBUTION = 'Văn phòng Đăng ký đất đai — landinfo';
    var CATEGORIES = {
        NNP: ['Nhóm đất nông nghiệp', 'Agricultural land'],
        PNN: ['Nhóm đất phi nông nghiệp', 'Non-agricultural land'],
        CSD: ['Nhóm đất chưa sử dụng', 'Unused land']
    };
    var PHONE = window.matchMedia('(max-width: 600px)').matches;
    var areaFormat = new Intl.NumberFormat('vi-VN', {maximumFractionDigits: 2});

    var problem = document.getElementById('problem');
    var hint = document.getElementById('hint');

    function showProblem(vi, en) {
        problem.textContent = vi + ' / ' + en;
        problem.hidden = false;
    }

    function fetchJson(url) {
        return fetch(url, {headers: {Accept: 'application/json'}}).then(function (r) {
            if (!r.ok) {
                throw new Error(url + ': HTTP ' + r.status);
            }
            return r.json();
        });
    }

    // ---- the view in the address: #zoom/lat/lon (also #map=zoom/lat/lon, as OpenStreetMap writes it)

    function viewFromHash() {
        var m = /^#(?:map=)?(\d{1,2}(?:\.\d+)?)\/(-?\d{1,2}(?:\.\d+)?)\/(-?\d{1,3}(?:\.\d+)?)$/.exec(window.location.hash);
        if (!m) {
            return null;
        }
        var zoom = Math.min(MAX_ZOOM, Math.max(MIN_ZOOM, parseFloat(m[1])));
        var lat = parseFloat(m[2]);
        var lon = parseFloat(m[3]);
        if (Math.abs(lat) > 85 || Math.abs(lon) > 180) {
            return null;
        }
        return {zoom: zoom, center: L.latLng(lat, lon)};
    }

    function hashOf(map) {
        var zoom = map.getZoom();
        var c = map.getCenter();
        var digits = Math.max(0, Math.ceil(Math.log(zoom) / Math.LN2)) + 1;
        return '#' + zoom + '/' + c.lat.toFixed(digits) + '/' + c.lng.toFixed(digits);
    }

    // ---- the map

    var map = L.map('map', {minZoom: MIN_ZOOM, maxZoom: MAX_ZOOM, zoomControl: true});
    window.landinfoMap = map;
    map.attributionControl.setPrefix('<a href="https://leafletjs.com" title="Leaflet">Leaflet</a>');
    L.control.scale({metric: true, imperial: false, maxWidth: 160}).addTo(map);

    // Parcels under map sheets under boundaries; clicks pass through to the map (GetFeatureInfo).
    [['parcels', 250], ['sheets', 300], ['boundaries', 350]].forEach(function (p) {
        var pane = map.createPane(p[0]);
        pane.style.zIndex = p[1];
        pane.style.pointerEvents = 'none';
    });

    function wms(layers, pane) {
        var layer = L.tileLayer.wms(ROOT + 'ogc/wms', {
            layers: layers.join(','),
            styles: layers.map(function (l) { return l === 'parcels' ? 'land-use' : ''; }).join(','),
            format: 'image/png',
            transparent: true,
            version: '1.3.0',
            pane: pane,
            maxZoom: MAX_ZOOM,
            attribution: ATTRIBUTION
        });
        layer.on('tileerror', function () {
            showProblem('Không tải được ảnh bản đồ', 'some map images did not load');
        });
        return layer;
    }

    function vectorTiles(layer, options) {
        return L.vectorGrid.protobuf(ROOT + 'tiles/' + layer + '/{z}/{x}/{y}.mvt', L.extend({
            rendererFactory: L.svg.tile,
            interactive: false,
            attribution: ATTRIBUTION
        }, options));
    }

    function boundaryStyle(className, color, weight, dashArray) {
        return {stroke: true, color: color, weight: weight, opacity: 0.9, dashArray: dashArray, fill: false,
                className: className, interactive: false};
    }

    /** The layers and their switcher (returned). */
    function buildLayers(palette) {
        var fills = {};
        palette.forEach(function (c) { fills[c.code] = c.fillColor; });

        var wmsParcels = wms(['parcels'], 'parcels');
        var wmsBoundaries = wms(['communes', 'provinces'], 'boundaries');
        var wmsSheets = wms(['map_sheets'], 'sheets');

        var vectorParcels = vectorTiles('parcels', {
            pane: 'parcels', minZoom: 14, maxNativeZoom: 20, maxZoom: MAX_ZOOM,
            vectorTileLayerStyles: {
                parcels: function (p, zoom) {
                    return {fill: true, fillColor: fills[p.main_purpose] || '#FFFFFF', fillOpacity: 1,
                            stroke: true, color: '#333333', weight: zoom >= 18 ? 0.8 : 0.5, opacity: 1,
                            interactive: false};
                }
            }
        });
        var vectorBoundaries = L.layerGroup([
            vectorTiles('provinces', {
                pane: 'boundaries', minZoom: 4, maxZoom: 12,
                vectorTileLayerStyles: {provinces: boundaryStyle('province', '#5A1446', 2.5, null)}
            }),
            vectorTiles('communes', {
                pane: 'boundaries', minZoom: 8, maxNativeZoom: COMMUNES_MAX_ZOOM, maxZoom: MAX_ZOOM,
                vectorTileLayerStyles: {communes: boundaryStyle('commune', '#7A1F5C', 1.6, '10 3 2 3')}
            })
        ]);
        // Past zoom 16 the commune tiles are stretched: map.css divides their line by the stretch.
        function stretch() {
            map.getPane('boundaries').style.setProperty('--stretch', Math.max(1, Math.pow(2, map.getZoom() - COMMUNES_MAX_ZOOM)));
        }
        map.on('zoomend', stretch);
        stretch();

        wmsParcels.addTo(map);
        vectorBoundaries.addTo(map);

        return L.control.layers({
            'Thửa đất (WMS) <span class="en">/ Parcels (WMS)</span>': wmsParcels,
            'Thửa đất (vector tiles) <span class="en">/ Parcels (vector tiles)</span>': vectorParcels
        }, {
            'Ranh giới hành chính (vector tiles) <span class="en">/ Administrative boundaries (vector tiles)</span>': vectorBoundaries,
            'Ranh giới hành chính (WMS) <span class="en">/ Administrative boundaries (WMS)</span>': wmsBoundaries,
            'Tờ bản đồ (WMS) <span class="en">/ Map sheets (WMS)</span>': wmsSheets
        }, {collapsed: PHONE, position: 'topright'}).addTo(map);
    }

    // ---- the legend: the national land-use palette, collapsible (closed on phones)

    function legend(palette) {
        var Legend = L.Control.extend({
            options: {position: 'bottomright'},
            onAdd: function () {
                var box = L.DomUtil.create('div', 'legend leaflet-bar');
                var details = L.DomUtil.create('details', '', box);
                details.open = !PHONE;
                var summary = L.DomUtil.create('summary', '', details);
                summary.innerHTML = 'Chú giải loại đất <span class="en">/ Land-use legend</span>';
                // The list scrolls on small screens: a named region in the tab order, so a keyboard user can
                // reach it and scroll it with the arrow keys (axe-core: scrollable-region-focusable).
                var list = L.DomUtil.create('div', 'legend-list', details);
                list.tabIndex = 0;
                list.setAttribute('role', 'region');
                list.setAttribute('aria-label', 'Chú giải loại đất / Land-use legend');
                Object.keys(CATEGORIES).forEach(function (category) {
                    var codes = palette.filter(function (c) { return c.category === category; });
                    if (!codes.length) {
                        return;
                    }
                    var h = L.DomUtil.create('h2', '', list);
                    h.innerHTML = CATEGORIES[category][0] + ' <span class="en">/ ' + CATEGORIES[category][1] + '</span>';
                    var ul = L.DomUtil.create('ul', '', list);
                    codes.forEach(function (c) {
                        var li = L.DomUtil.create('li', '', ul);
                        li.setAttribute('data-code', c.code);
                        var swatch = L.DomUtil.create('span', 'swatch', li);
                        swatch.style.background = c.fillColor;
                        L.DomUtil.create('b', '', li).textContent = c.code;
                        L.DomUtil.create('span', 'name', li).textContent = c.name;
                        L.DomUtil.create('span', 'en', li).textContent = c.nameEn;
                    });
                });
                L.DomEvent.disableClickPropagation(box);
                L.DomEvent.disableScrollPropagation(box);
                return box;
            }
        });
        new Legend().addTo(map);
    }

    // ---- click: GetFeatureInfo (application/json) over a 101 px window around the point

    var names = {};
    var clicks = 0;

    function featureInfoUrl(latlng) {
        var zoom = map.getZoom();
        var p = map.project(latlng, zoom);
        var half = 50;
        var sw = L.CRS.EPSG3857.project(map.unproject(p.add([-half, half]), zoom));
        var ne = L.CRS.EPSG3857.project(map.unproject(p.add([half, -half]), zoom));
        var q = {
            SERVICE: 'WMS', VERSION: '1.3.0', REQUEST: 'GetFeatureInfo',
            LAYERS: 'parcels', QUERY_LAYERS: 'parcels', STYLES: '', CRS: 'EPSG:3857',
            BBOX: [sw.x, sw.y, ne.x, ne.y].map(function (v) { return v.toFixed(3); }).join(','),
            WIDTH: 2 * half + 1, HEIGHT: 2 * half + 1, I: half, J: half,
            INFO_FORMAT: 'application/json', FEATURE_COUNT: 1
        };
        return ROOT + 'ogc/wms?' + new URLSearchParams(q).toString();
    }

    function row(dl, vi, en, value, className) {
        if (value === null || value === undefined || value === '') {
            return null;
        }
        var dt = L.DomUtil.create('dt', '', dl);
        dt.innerHTML = vi + ' <span class="en">/ ' + en + '</span>';
        var dd = L.DomUtil.create('dd', className || '', dl);
        dd.textContent = String(value);
        return dd;
    }

    function parcelCard(feature) {
        var p = feature.properties;
        var id = String(feature.id).replace(/^parcels\./, '');
        var card = L.DomUtil.create('div', 'parcel-card');
        card.setAttribute('data-parcel-id', id);
        var h = L.DomUtil.create('h2', '', card);
        h.innerHTML = 'Thửa đất <span class="en">/ Parcel</span>';
        var dl = L.DomUtil.create('dl', '', card);
        row(dl, 'Số thửa', 'Parcel number', p.parcel_number, 'parcel-number');
        row(dl, 'Tờ bản đồ', 'Map sheet', p.sheet_number);
        var purpose = names[p.main_purpose];
        var use = row(dl, 'Loại đất', 'Land use', p.main_purpose, 'purpose');
        if (use) {
            use.textContent = '';
            var swatch = L.DomUtil.create('span', 'swatch', use);
            swatch.style.background = purpose ? purpose.fillColor : '#FFFFFF';
            L.DomUtil.create('b', '', use).textContent = p.main_purpose;
            if (purpose) {
                L.DomUtil.create('span', 'name', use).textContent = ' ' + purpose.name;
                L.DomUtil.create('span', 'en', use).textContent = ' (' + purpose.nameEn + ')';
            }
            if (p.purposes && p.purposes !== p.main_purpose) {
                L.DomUtil.create('span', 'all-purposes', use).textContent = ' — ' + p.purposes;
            }
        }
        var area = p.legal_area === null || p.legal_area === undefined ? null : Number(p.legal_area);
        row(dl, 'Diện tích', 'Area', area === null || isNaN(area) ? null : areaFormat.format(area) + ' m²', 'area');
        row(dl, 'Địa chỉ', 'Address', p.address);
        row(dl, 'Xã, phường', 'Commune', p.commune_name);
        row(dl, 'Đơn vị đo đạc', 'Survey unit', p.survey_unit_name !== p.commune_name ? p.survey_unit_name : null);
        row(dl, 'Mã định danh', 'National ID', p.national_id);
        var a = L.DomUtil.create('a', 'record', card);
        a.href = ROOT + 'api/v1/parcels/' + encodeURIComponent(id);
        a.target = '_blank';
        a.rel = 'noopener';
        a.innerHTML = 'Hồ sơ thửa đất (JSON) <span class="en">/ Parcel record (JSON)</span>';
        return card;
    }

    function message(vi, en) {
        var div = L.DomUtil.create('div', 'info-message');
        div.innerHTML = vi + ' <span class="en">/ ' + en + '</span>';
        return div;
    }

    /** Leaflet keeps a popup inside the map, not clear of the controls over it: move the map so it is. */
    function clearOfControls(popup) {
        var box = popup.getElement() && popup.getElement().getBoundingClientRect();
        if (!box) {
            return;
        }
        var dx = 0;
        var controls = map.getContainer().querySelectorAll('.leaflet-control-container .leaflet-right .leaflet-control');
        Array.prototype.forEach.call(controls, function (c) {
            var r = c.getBoundingClientRect();
            if (box.right > r.left && box.left < r.right && box.bottom > r.top && box.top < r.bottom) {
                dx = Math.max(dx, box.right - r.left + 12);
            }
        });
        dx = Math.min(dx, Math.max(0, box.left - map.getContainer().getBoundingClientRect().left - 12));
        if (dx > 0) {
            map.panBy([dx, 0]);
        }
    }

    map.on('click', function (e) {
        var mine = ++clicks;
        var popup = L.popup({maxWidth: 340, minWidth: 220, autoPanPadding: [16, 16]})
            .setLatLng(e.latlng)
            .setContent(message('Đang tìm thửa đất…', 'looking for the parcel…'))
            .openOn(map);
        function show(content) {
            if (mine === clicks) {
                popup.setContent(content);
                clearOfControls(popup);
            }
        }
        fetchJson(featureInfoUrl(e.latlng)).then(function (fc) {
            var feature = fc.features && fc.features[0];
            show(feature ? parcelCard(feature)
                : map.getZoom() < PARCELS_FROM_ZOOM ? message('Phóng to để chọn thửa đất', 'zoom in to pick a parcel')
                : message('Không có thửa đất tại điểm này', 'no parcel here'));
        }).catch(function () {
            show(message('Không đọc được thông tin thửa đất', 'could not read the parcel'));
        });
    });

    // ---- start: the view from the address, or where the demo parcels are (the parcels' TileJSON)

    function updateHint() {
        hint.hidden = map.getZoom() >= PARCELS_FROM_ZOOM;
    }

    var written = null;
    map.on('moveend', function () {
        written = hashOf(map);
        window.history.replaceState(null, '', written);
        updateHint();
    });
    window.addEventListener('hashchange', function () {
        var v = viewFromHash();
        if (v && window.location.hash !== written) {
            map.setView(v.center, v.zoom);
        }
    });

    var fromHash = viewFromHash();
    var start = fromHash ? Promise.resolve(fromHash)
        : fetchJson(ROOT + 'tiles/parcels.json').then(function (tj) {
            return {zoom: START_ZOOM, center: L.latLng(tj.center[1], tj.center[0])};
        }).catch(function () {
            return {zoom: 6, center: L.latLng(16.0, 106.0)};
        });
    var palette = fetchJson(ROOT + 'api/v1/land-use-codes').then(function (list) {
        return list.codes;
    }).catch(function () {
        showProblem('Không tải được bảng màu loại đất', 'the land-use palette did not load');
        return [];
    });

    Promise.all([start, palette]).then(function (r) {
        r[1].forEach(function (c) { names[c.code] = c; });
        map.setView(r[0].center, r[0].zoom);
        buildLayers(r[1]);
        legend(r[1]);
        updateHint();
    });
}());
