from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'collections.html'

def root(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_site = resolve('site')
    l_0_root = resolve('root')
    l_0_script = resolve('script')
    try:
        t_1 = environment.filters['bulk_collections_html']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'bulk_collections_html' found.")
    try:
        t_2 = environment.filters['length']
    except KeyError:
        @internalcode
        def t_2(*unused):
            raise TemplateRuntimeError("No filter named 'length' found.")
    try:
        t_3 = environment.filters['plural']
    except KeyError:
        @internalcode
        def t_3(*unused):
            raise TemplateRuntimeError("No filter named 'plural' found.")
    pass
    yield '<!DOCTYPE html>\n<html lang="en">\n<head>\n'
    template = environment.get_template('_head.html', 'collections.html')
    gen = template.root_render_func(template.new_context(context.get_all(), True, {}))
    try:
        for event in gen:
            yield event
    finally: gen.close()
    yield '<title>Shared Electronic Collections: '
    yield escape(environment.finalize(environment.getattr((undefined(name='site') if l_0_site is missing else l_0_site), 'network_name')))
    yield '</title>\n</head>\n<body>\n<header>\n'
    template = environment.get_template('_nav.html', 'collections.html')
    gen = template.root_render_func(template.new_context(context.get_all(), True, {}))
    try:
        for event in gen:
            yield event
    finally: gen.close()
    yield '<h1>Shared Electronic Collections</h1>\n<p>'
    yield escape(environment.finalize(environment.getattr((undefined(name='site') if l_0_site is missing else l_0_site), 'network_name')))
    yield ': '
    yield escape(environment.finalize(t_3(t_2(environment.getattr((undefined(name='site') if l_0_site is missing else l_0_site), 'rows')), 'collection')))
    yield ':'
    l_1_loop = missing
    for l_1_group, l_1_loop in LoopContext(environment.getattr((undefined(name='site') if l_0_site is missing else l_0_site), 'groups'), undefined):
        _loop_vars = {}
        pass
        yield ' '
        yield escape(environment.finalize(t_2(environment.getattr(l_1_group, 'rows'))))
        yield ' '
        yield escape(environment.finalize(environment.getattr(l_1_group, 'label')))
        yield escape(environment.finalize((',' if (not environment.getattr(l_1_loop, 'last')) else '.')))
    l_1_loop = l_1_group = missing
    yield '</p>\n<p class="downloads">Download: <a href="'
    yield escape(environment.finalize((undefined(name='root') if l_0_root is missing else l_0_root)))
    yield 'collections.csv">CSV</a></p>\n</header>\n<form id="filters" class="filters" data-table="collections">\n<label for="filter-member">Member\n<select id="filter-member" name="member">\n<option value="">All members</option>\n'
    for l_1_p in environment.getattr((undefined(name='site') if l_0_site is missing else l_0_site), 'member_pages'):
        _loop_vars = {}
        pass
        yield '<option value="'
        yield escape(environment.finalize(environment.getattr(environment.getattr(l_1_p, 'member'), 'code')))
        yield '">'
        yield escape(environment.finalize(environment.getattr(environment.getattr(l_1_p, 'member'), 'label')))
        yield ' ('
        yield escape(environment.finalize(environment.getattr(l_1_p, 'count')))
        yield ')</option>\n'
    l_1_p = missing
    yield '</select></label>\n<label for="filter-access">Access type\n<select id="filter-access" name="access">\n<option value="">All access types</option>\n'
    for l_1_o in environment.getattr((undefined(name='site') if l_0_site is missing else l_0_site), 'access_types'):
        _loop_vars = {}
        pass
        yield '<option value="'
        yield escape(environment.finalize(environment.getattr(l_1_o, 'value')))
        yield '">'
        yield escape(environment.finalize(environment.getattr(l_1_o, 'label')))
        yield ' ('
        yield escape(environment.finalize(environment.getattr(l_1_o, 'count')))
        yield ')</option>\n'
    l_1_o = missing
    yield '</select></label>\n<label for="filter-provider">Provider\n<select id="filter-provider" name="provider">\n<option value="">All providers</option>\n'
    for l_1_o in environment.getattr((undefined(name='site') if l_0_site is missing else l_0_site), 'providers'):
        _loop_vars = {}
        pass
        yield '<option value="'
        yield escape(environment.finalize(environment.getattr(l_1_o, 'value')))
        yield '">'
        yield escape(environment.finalize(environment.getattr(l_1_o, 'label')))
        yield ' ('
        yield escape(environment.finalize(environment.getattr(l_1_o, 'count')))
        yield ')</option>\n'
    l_1_o = missing
    yield '</select></label>\n<label for="filter-text">Search\n<input id="filter-text" name="text" type="search" autocomplete="off"></label>\n<output id="count" for="filter-member filter-access filter-provider filter-text">Showing '
    yield escape(environment.finalize(t_2(environment.getattr((undefined(name='site') if l_0_site is missing else l_0_site), 'rows'))))
    yield ' of '
    yield escape(environment.finalize(t_2(environment.getattr((undefined(name='site') if l_0_site is missing else l_0_site), 'rows'))))
    yield ' collections</output>\n</form>\n<table id="collections" class="sortable">\n<thead>\n<tr>\n'
    l_1_loop = missing
    for l_1_heading, l_1_loop in LoopContext(['Collection Name', 'Subscription Package', 'Managed via', 'Access Type', 'Acquisitions Profile', 'Availability', 'Institutions'], undefined):
        _loop_vars = {}
        pass
        yield '<th scope="col" data-column="'
        yield escape(environment.finalize(environment.getattr(l_1_loop, 'index0')))
        yield '"><button type="button">'
        yield escape(environment.finalize(l_1_heading))
        yield '</button></th>\n'
    l_1_loop = l_1_heading = missing
    yield '</tr>\n</thead>\n<tbody>\n'
    for l_1_block in t_1(environment.getattr((undefined(name='site') if l_0_site is missing else l_0_site), 'rows')):
        _loop_vars = {}
        pass
        yield escape(environment.finalize(l_1_block))
    l_1_block = missing
    yield '</tbody>\n</table>\n<p id="none" hidden>No collection matches these filters.</p>\n'
    template = environment.get_template('_footer.html', 'collections.html')
    gen = template.root_render_func(template.new_context(context.get_all(), True, {}))
    try:
        for event in gen:
            yield event
    finally: gen.close()
    yield '<script>'
    yield escape(environment.finalize((undefined(name='script') if l_0_script is missing else l_0_script)))
    yield '</script>\n</body>\n</html>\n'

blocks = {}
debug_info = '6=33&7=40&11=42&13=49&14=64&20=66&21=70&27=78&28=82&34=90&35=94&40=102&45=107&46=111&63=117&67=123&68=130'

# Generated by `python -m nzconfig.render.precompile` from templates/collections.html; do not edit.
# ruff: noqa
