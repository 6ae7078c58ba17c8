from django import template

from lepartenariat.admin_dashboard import dashboard

register = template.Library()


@register.simple_tag
def staff_dashboard(app_list):
    return dashboard(app_list)
