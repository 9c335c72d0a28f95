from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'access-matrix.html'

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
        t_1 = environment.filters['bulk_access_matrix_html']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'bulk_access_matrix_html' found.")
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
    try:
        t_4 = environment.filters['sum']
    except KeyError:
        @internalcode
        def t_4(*unused):
            raise TemplateRuntimeError("No filter named 'sum' found.")
    pass
    yield '<!DOCTYPE html>\n<html lang="en">\n<head>\n'
    template = environment.get_template('_head.html', 'access-matrix.html')
    gen = template.root_render_func(template.new_context(context.get_all(), True, {}))
    try:
        for event in gen:
            yield event
    finally: gen.close()
    yield '<title>Access matrix: '
    yield escape(environment.finalize(environment.getattr((undefined(name='site') if l_0_site is missing else l_0_site), 'network_name')))
    yield '</title>\n</head>\n<body>\n<header>\n'
    template = environment.get_template('_nav.html', 'access-matrix.html')
    gen = template.root_render_func(template.new_context(context.get_all(), True, {}))
    try:
        for event in gen:
            yield event
    finally: gen.close()
    yield '<h1>Access matrix</h1>\n<p>'
    yield escape(environment.finalize(environment.getattr((undefined(name='site') if l_0_site is missing else l_0_site), 'network_name')))
    yield ': '
    yield escape(environment.finalize(t_3(t_2(environment.getattr((undefined(name='site') if l_0_site is missing else l_0_site), 'rows')), 'collection')))
    yield ' by '
    yield escape(environment.finalize(t_3(t_2(environment.getattr((undefined(name='site') if l_0_site is missing else l_0_site), 'members')), 'member')))
    yield '; &#10003; marks access (the collection\'s Group Settings).</p>\n<p class="downloads">Download: <a href="'
    yield escape(environment.finalize((undefined(name='root') if l_0_root is missing else l_0_root)))
    yield 'access-matrix.csv">CSV</a></p>\n</header>\n<table id="matrix" class="sortable matrix">\n<thead>\n<tr>\n<th scope="col" data-column="0"><button type="button">Collection Name</button></th>\n<th scope="col" data-column="1"><button type="button">Access Type</button></th>\n<th scope="col" data-column="2"><button type="button">Status</button></th>\n'
    l_1_loop = missing
    for l_1_m, l_1_loop in LoopContext(environment.getattr((undefined(name='site') if l_0_site is missing else l_0_site), 'members'), undefined):
        _loop_vars = {}
        pass
        yield '<th scope="col" data-column="'
        yield escape(environment.finalize(environment.call_binop(context, '+', environment.getattr(l_1_loop, 'index0'), 3)))
        yield '"'
        if environment.getattr(l_1_m, 'name'):
            pass
            yield ' title="'
            yield escape(environment.finalize(environment.getattr(l_1_m, 'name')))
            yield '"'
        yield '><button type="button">'
        yield escape(environment.finalize(environment.getattr(l_1_m, 'code')))
        yield '</button></th>\n'
    l_1_loop = l_1_m = missing
    yield '<th scope="col" data-column="'
    yield escape(environment.finalize(environment.call_binop(context, '+', t_2(environment.getattr((undefined(name='site') if l_0_site is missing else l_0_site), 'members')), 3)))
    yield '"><button type="button">Total</button></th>\n</tr>\n</thead>\n<tbody>\n'
    for l_1_block in t_1(environment.getattr((undefined(name='site') if l_0_site is missing else l_0_site), 'access_matrix'), (undefined(name='root') if l_0_root is missing else l_0_root)):
        _loop_vars = {}
        pass
        yield escape(environment.finalize(l_1_block))
    l_1_block = missing
    yield '</tbody>\n<tfoot>\n<tr>\n<th scope="row">Total</th>\n<td></td>\n<td></td>\n'
    for l_1_total in environment.getattr((undefined(name='site') if l_0_site is missing else l_0_site), 'member_totals'):
        _loop_vars = {}
        pass
        yield '<td class="number">'
        yield escape(environment.finalize(l_1_total))
        yield '</td>\n'
    l_1_total = missing
    yield '<td class="number">'
    yield escape(environment.finalize(t_4(environment, environment.getattr((undefined(name='site') if l_0_site is missing else l_0_site), 'member_totals'))))
    yield '</td>\n</tr>\n</tfoot>\n</table>\n'
    template = environment.get_template('_footer.html', 'access-matrix.html')
    gen = template.root_render_func(template.new_context(context.get_all(), True, {}))
    try:
        for event in gen:
            yield event
    finally: gen.close()
    yield '<script>'
    yield escape(environment.finalize((undefined(name='script') if l_0_script is missing else l_0_script)))
    yield '</script>\n</body>\n</html>\n'

blocks = {}
debug_info = '5=39&6=46&10=48&12=55&13=61&21=64&22=68&24=80&36=82&43=88&44=92&46=96&50=98&51=105'

# Generated by `python -m nzconfig.render.precompile` from templates/access-matrix.html; do not edit.
# ruff: noqa
